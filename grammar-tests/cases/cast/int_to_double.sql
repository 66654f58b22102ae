SELECT 7::double precision / 2 AS a, CAST(1 AS REAL) AS b;
