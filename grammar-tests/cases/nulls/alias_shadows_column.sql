-- An output alias named like a FROM column: ORDER BY y sorts the output column, which MySQL's `y IS NULL` would not read.
CREATE TABLE t (id INT, x INT, y INT);
INSERT INTO t VALUES (1, 1, 5), (2, 2, NULL), (3, NULL, 3), (4, 3, 1);
SELECT CASE WHEN y IS NULL THEN 0 ELSE y END AS y FROM t ORDER BY y DESC;
SELECT CASE WHEN x = 2 THEN NULL ELSE x END AS x FROM t ORDER BY x;
SELECT id, CASE x WHEN 2 THEN NULL ELSE x END AS x FROM t ORDER BY x NULLS FIRST, id;
SELECT id, x + y AS y FROM t ORDER BY y DESC, id;
SELECT coalesce(y, 0) AS y FROM t ORDER BY y DESC;
