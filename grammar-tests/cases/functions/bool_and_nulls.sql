CREATE TABLE t (v BOOLEAN);
INSERT INTO t VALUES (true), (NULL), (true);
SELECT bool_and(v), bool_or(v), every(v) FROM t;
