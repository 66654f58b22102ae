SELECT 1.50::text AS a, 42::text AS b;
