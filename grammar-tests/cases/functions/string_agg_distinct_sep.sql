-- targets: mysql
CREATE TABLE t (v TEXT);
INSERT INTO t VALUES ('b'), ('a'), ('b');
SELECT string_agg(DISTINCT v, ' / ' ORDER BY v) FROM t;
