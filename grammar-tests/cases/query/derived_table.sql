CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3);
SELECT d.doubled FROM (SELECT v * 2 AS doubled FROM t) AS d WHERE d.doubled > 2 ORDER BY 1;
