SELECT 'a' || 'b' || 'c' AS s;
