-- LIMIT and OFFSET apply to the distinct rows.
CREATE TABLE t (id INT, cat TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, 'c'), (5, 'c'), (6, 'd');
SELECT DISTINCT ON (cat) cat, id FROM t ORDER BY cat, id LIMIT 2 OFFSET 1;
