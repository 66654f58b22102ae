CREATE TABLE s (id INT, f DOUBLE PRECISION, x NUMERIC(10,2));
INSERT INTO s VALUES (1, 3.5, 2.5), (2, 2.5, 2.7), (3, -2.5, -2.5), (4, -3.5, -2.7), (5, 2.7, 0.5), (6, NULL, NULL);
SELECT id, f::int AS a, x::int AS b, f::bigint AS c, (f + 1)::int AS d FROM s ORDER BY id;
SELECT 2.5::float8::int AS a, (-2.5)::float8::int AS b, 0.5::double precision::int AS c, '2.5'::float::int AS d, 2.5::int AS e;
