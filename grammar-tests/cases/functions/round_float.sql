-- PostgreSQL rounds a double precision or real tie to even (round(2.5::float8)
-- is 2, round(-0.5::float8) is -0) and a numeric tie away from zero
-- (round(2.5) is 3). SQLite's round() rounds every tie away from zero;
-- MariaDB rounds DOUBLE ties to even as PostgreSQL does.
CREATE TABLE m (id INT PRIMARY KEY, f DOUBLE PRECISION, r REAL);
INSERT INTO m VALUES (1, 2.5, 2.5), (2, 3.5, -0.5), (3, -2.5, 1.25), (4, 0.49, 4.5), (5, 1e16, NULL), (6, NULL, -3.5);
SELECT id, round(f) AS rf, round(r) AS rr, round(f * 2) AS twice FROM m ORDER BY id;
SELECT round(2.5::float8) AS a, round(-0.5::float8) AS b, round('4.5'::double precision) AS c, round(5.5::real) AS d;
SELECT round(avg(f)) FROM m WHERE id IN (1, 2);
SELECT round(2.5::numeric) AS n, round(2.5::decimal(10,2)) AS d, round(5::int) AS i;
