-- An output alias named like a FROM column: ORDER BY y sorts the output column, which MySQL's `y IS NULL` would not read.
CREATE TABLE t (id INT, x INT, y INT);
INSERT INTO t VALUES (1, 1, 5), (2, 2, NULL), (3, NULL, 3), (4, 3, 1);
SELECT coalesce(y, 0) AS y FROM t ORDER BY y DESC;
SELECT nullif(x, 2) AS x FROM t ORDER BY x;
SELECT id, nullif(x, 2) AS x FROM t ORDER BY x NULLS FIRST, id;
