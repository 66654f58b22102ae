-- SET n = n + 1, prev = n: PostgreSQL reads the old n in both; MySQL assigns
-- left to right, so pgshift writes prev first.
CREATE TABLE t (id INT PRIMARY KEY, n INT NOT NULL, prev INT);
INSERT INTO t VALUES (1, 5, NULL), (2, 7, NULL);
UPDATE t SET n = n + 1, prev = n WHERE id = 1;
SELECT id, n, prev FROM t ORDER BY id;
