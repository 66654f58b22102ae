CREATE TABLE t (id int PRIMARY KEY, lo int, hi int, CONSTRAINT lo_le_hi CHECK (lo <= hi));
INSERT INTO t VALUES (1, 1, 2);
SELECT id, lo, hi FROM t;
