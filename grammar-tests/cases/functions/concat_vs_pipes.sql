CREATE TABLE t (id INT, a TEXT, b TEXT);
INSERT INTO t VALUES (1, 'x', NULL), (2, NULL, 'y'), (3, 'x', 'y');
SELECT id, a || b, concat(a, b), concat(a || b, '!') FROM t ORDER BY id;
