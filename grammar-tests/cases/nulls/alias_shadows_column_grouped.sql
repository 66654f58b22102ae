-- The same alias trap beside DISTINCT, GROUP BY and an aggregate.
CREATE TABLE t (id INT, x INT, y INT);
INSERT INTO t VALUES (1, 1, 5), (2, 2, NULL), (3, NULL, 3), (4, 3, 1), (5, 2, NULL);
SELECT DISTINCT coalesce(y, 0) AS y FROM t ORDER BY y DESC;
SELECT coalesce(y, 0) AS y, count(*) AS n FROM t GROUP BY y ORDER BY y DESC;
SELECT x, max(y) AS y FROM t GROUP BY x ORDER BY y, x;
SELECT nullif(x, 2) AS x, count(*) AS n FROM t GROUP BY x ORDER BY x, n;
