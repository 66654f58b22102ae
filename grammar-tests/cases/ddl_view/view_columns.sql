CREATE TABLE t (id INT PRIMARY KEY, amount INT);
INSERT INTO t VALUES (1, 10), (2, 20);
CREATE VIEW v (k, doubled) AS SELECT id, amount * 2 FROM t;
SELECT k, doubled FROM v ORDER BY k;
