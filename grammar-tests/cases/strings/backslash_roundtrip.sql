CREATE TABLE t (v TEXT);
INSERT INTO t VALUES ('a\b'), ('Cavalleria Rusticana \ Act \ Intermezzo');
SELECT v FROM t ORDER BY v;
