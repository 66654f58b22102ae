SELECT 'a' || 1 + 2 AS s;
