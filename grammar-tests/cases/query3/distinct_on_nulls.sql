-- NULL keys form one group, sorted last; NULL prices sort first when descending,
-- in the window's ORDER BY as in the query's.
CREATE TABLE t (id INT, cat TEXT, price INT);
INSERT INTO t VALUES (1, 'a', 5), (2, 'a', NULL), (3, NULL, 1), (4, NULL, 2), (5, 'b', 3);
SELECT DISTINCT ON (cat) cat, id, price FROM t ORDER BY cat, price DESC;
SELECT DISTINCT ON (cat) cat, id, price FROM t ORDER BY cat DESC, price ASC NULLS FIRST;
