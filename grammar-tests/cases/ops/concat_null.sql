SELECT 'a' || NULL AS s;
