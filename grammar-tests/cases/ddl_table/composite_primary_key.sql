CREATE TABLE t (a int, b int, v text, PRIMARY KEY (a, b));
INSERT INTO t VALUES (1, 1, 'x'), (1, 2, 'y');
SELECT a, b, v FROM t ORDER BY a, b;
