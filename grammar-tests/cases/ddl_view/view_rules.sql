CREATE TABLE t (id INT PRIMARY KEY, name TEXT, a INT, b INT);
INSERT INTO t VALUES (1, 'x', 7, 2), (2, NULL, 9, 4);
CREATE VIEW v AS SELECT id, a % b AS q, 'n:' || coalesce(name, '?') AS label FROM t;
SELECT id, q, label FROM v ORDER BY id;
