CREATE TABLE t (id INT, qty INT);
INSERT INTO t VALUES (1, 5), (2, 6);
UPDATE t SET qty = qty * 2 WHERE id = 2;
SELECT id, qty FROM t ORDER BY id;
