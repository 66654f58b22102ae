CREATE TABLE t (id INT PRIMARY KEY, name TEXT, a INT, b INT, x NUMERIC(10,2));
INSERT INTO t VALUES (1, 'pear', 3, NULL, 1.50), (2, 'Apple', NULL, NULL, -2.25), (3, 'fig', 5, 2, 7.00), (4, NULL, 1, 9, 0.49), (5, 'apple', 2, 2, -0.50);
SELECT id, a IS DISTINCT FROM b, a IS NOT DISTINCT FROM b FROM t ORDER BY id;
