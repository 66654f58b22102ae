SELECT 'it''s' AS a, '''' AS b, '' AS c;
