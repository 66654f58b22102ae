SELECT 5.5 % 2 AS a, -5.5 % 2 AS b, 7 % 3 AS c, 7.25 % 0.5 AS d;
