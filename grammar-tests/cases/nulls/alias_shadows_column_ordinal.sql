-- ORDER BY a position whose output column has an alias named like a FROM column.
CREATE TABLE t (id INT, x INT, y INT);
INSERT INTO t VALUES (1, 1, 5), (2, 2, NULL), (3, NULL, 3), (4, 3, 1);
SELECT coalesce(y, 0) AS y FROM t ORDER BY 1 DESC;
SELECT id, CASE WHEN x = 2 THEN NULL ELSE x END AS x FROM t ORDER BY 2, 1;
