CREATE TABLE t (a INT, b TEXT);
INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, NULL);
SELECT a, b FROM t ORDER BY a;
