-- VALUES in a CTE with a column list, and in a set operation.
WITH v (n, name) AS (VALUES (1, 'one'), (2, 'two')) SELECT name FROM v WHERE n > 1;
SELECT 0 AS n UNION ALL VALUES (1), (2) ORDER BY n;
