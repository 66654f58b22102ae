-- A CTE's column list renames its columns.
WITH pairs (a, b) AS (SELECT 1, 2 UNION ALL SELECT 3, 4) SELECT a + b AS s FROM pairs ORDER BY s;
