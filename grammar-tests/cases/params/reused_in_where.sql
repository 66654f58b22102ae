-- params: 2
CREATE TABLE t (a INT, b INT);
INSERT INTO t VALUES (1, 2), (2, 2), (2, 3);
SELECT a, b FROM t WHERE a = $1 AND b = $1;
