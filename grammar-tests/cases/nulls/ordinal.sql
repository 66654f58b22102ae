CREATE TABLE t (v INT, w TEXT);
INSERT INTO t VALUES (2, 'b'), (NULL, 'n'), (1, 'a');
SELECT w, v FROM t ORDER BY 2;
