CREATE TABLE m (id INT, a INT, f DOUBLE PRECISION, x NUMERIC(10,2));
INSERT INTO m VALUES (1, 3, NULL, 6.5), (2, 5, 1.5, 7), (3, -7, 2.0, 3.00);
SELECT id, coalesce(f, a) / 2 AS c, greatest(a, f) / 2 AS g, ceil(x) / 2 AS ce, floor(f) / 2 AS fl, CASE WHEN f IS NULL THEN a ELSE f END / 2 AS cs, abs(a) / 2 AS ab, ceil(a) / 2 AS ci FROM m ORDER BY id;
SELECT sum(x) / 2 AS s, sum(a) / 2 AS si, avg(a) / 2 AS av FROM m;
