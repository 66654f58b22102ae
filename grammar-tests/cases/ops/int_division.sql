SELECT 7 / 2 AS a, -7 / 2 AS b, 8 / 4 AS c;
