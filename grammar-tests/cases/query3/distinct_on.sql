-- DISTINCT ON: the first row of each group in the query's order.
CREATE TABLE t (id INT, cat TEXT, name TEXT, price INT);
INSERT INTO t VALUES (1, 'a', 'x', 5), (2, 'a', 'y', 9), (3, 'b', 'z', 4), (4, 'b', 'w', 3);
SELECT DISTINCT ON (cat) cat, name, price FROM t ORDER BY cat, price DESC;
