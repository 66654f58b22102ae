-- A single-table UPDATE with an alias.
CREATE TABLE t (id INT PRIMARY KEY, n INT);
INSERT INTO t VALUES (1, 1), (2, 2);
UPDATE t AS x SET n = x.n * 10 WHERE x.id = 2;
SELECT id, n FROM t ORDER BY id;
