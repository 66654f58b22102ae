-- DISTINCT ON (1) and ORDER BY an output alias name the output columns.
CREATE TABLE t (id INT, cat TEXT, price INT);
INSERT INTO t VALUES (1, 'a', 5), (2, 'a', 9), (3, 'b', 4), (4, 'b', 3);
SELECT DISTINCT ON (1) cat AS c, id, price * 2 AS p2 FROM t ORDER BY 1, p2;
