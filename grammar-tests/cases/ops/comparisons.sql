SELECT 1 < 2 AS a, 2 <= 2 AS b, 3 <> 3 AS c, 3 != 4 AS d;
