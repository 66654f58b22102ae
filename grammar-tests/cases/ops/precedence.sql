SELECT 2 + 3 * 4 AS a, (2 + 3) * 4 AS b, 10 - 4 - 3 AS c, 10 - (4 - 3) AS d, 2 * (3 + 4) * 5 AS e;
