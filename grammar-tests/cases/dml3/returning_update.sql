-- targets: sqlite
-- RETURNING the new values of an UPDATE.
CREATE TABLE t (id INT PRIMARY KEY, n INT);
INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);
UPDATE t SET n = n * 10 WHERE id >= 2 RETURNING id, n;
