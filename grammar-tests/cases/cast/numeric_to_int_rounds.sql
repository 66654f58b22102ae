SELECT 2.5::int AS a, 3.49::int AS b, (-2.5)::int AS c;
