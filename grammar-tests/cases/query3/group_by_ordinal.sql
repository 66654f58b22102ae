-- GROUP BY an ordinal and an expression.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3), (4), (5);
SELECT v % 2 AS parity, count(*) AS n FROM t GROUP BY 1 ORDER BY 1;
SELECT count(*) AS n FROM t GROUP BY v > 2 HAVING count(*) > 2;
