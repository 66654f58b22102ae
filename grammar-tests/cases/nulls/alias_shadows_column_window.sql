-- A window function's alias named like a FROM column.
CREATE TABLE t (id INT, y INT);
INSERT INTO t VALUES (1, 5), (2, NULL), (3, 3), (4, 1);
SELECT id, lag(y) OVER (ORDER BY id) AS y FROM t ORDER BY y, id;
