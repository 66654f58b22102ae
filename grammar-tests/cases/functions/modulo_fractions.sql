CREATE TABLE m (a NUMERIC(6,2), b INT);
INSERT INTO m VALUES (5.5, 2), (-5.5, 2), (7, 3), (-7, 3), (1, 0.0::int + 1);
SELECT a % b AS r, mod(a, b) AS m, a % 2 AS r2 FROM m ORDER BY a;
