CREATE TABLE t (v TEXT);
INSERT INTO t VALUES ('😀 emoji'), ('é combining');
SELECT v FROM t ORDER BY v;
