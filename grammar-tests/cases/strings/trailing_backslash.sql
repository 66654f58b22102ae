SELECT 'C:\temp\' AS path;
