CREATE TABLE t (id INT PRIMARY KEY, amount INT);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
CREATE VIEW big AS SELECT id, amount FROM t WHERE amount > 15;
SELECT id, amount FROM big ORDER BY id;
