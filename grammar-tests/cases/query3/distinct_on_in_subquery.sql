-- DISTINCT ON inside a derived table and inside IN.
CREATE TABLE t (id INT, cat TEXT, price INT);
INSERT INTO t VALUES (1, 'a', 5), (2, 'a', 9), (3, 'b', 4), (4, 'b', 3);
SELECT sum(price) AS s FROM (SELECT DISTINCT ON (cat) cat, price FROM t ORDER BY cat, price) AS cheapest;
SELECT id FROM t WHERE id IN (SELECT DISTINCT ON (cat) id FROM t ORDER BY cat, price DESC) ORDER BY id;
