SELECT (1 < 2)::text AS a, (2 < 1)::text AS b;
