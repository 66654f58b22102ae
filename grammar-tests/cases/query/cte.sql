CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3);
WITH big AS (SELECT v FROM t WHERE v >= 2) SELECT count(*) AS n FROM big;
