CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (2), (4), (5), (7);
SELECT avg(v) FROM t;
