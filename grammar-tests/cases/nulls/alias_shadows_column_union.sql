-- A set operation's ORDER BY names only output columns: the alias needs no expression.
CREATE TABLE t (id INT, y INT);
INSERT INTO t VALUES (1, 5), (2, NULL), (3, 3);
SELECT nullif(y, 5) AS y FROM t UNION ALL SELECT 7 ORDER BY y;
SELECT coalesce(y, 0) AS y FROM t UNION SELECT NULL ORDER BY y DESC;
