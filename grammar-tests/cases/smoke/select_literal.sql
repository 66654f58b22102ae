-- The smallest query: literals of two types.
SELECT 1 AS a, 'x' AS b;
