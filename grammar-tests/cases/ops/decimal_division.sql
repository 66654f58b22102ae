SELECT 7.0 / 2 AS a, 7 / 2.0 AS b;
