SELECT 7 % 3 AS a, -7 % 3 AS b;
