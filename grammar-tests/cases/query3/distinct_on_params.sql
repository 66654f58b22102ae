-- params: 2
-- A parameter in the query's WHERE and LIMIT.
CREATE TABLE t (id INT, cat TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, 'c');
SELECT DISTINCT ON (cat) cat, id FROM t WHERE id >= $1 ORDER BY cat, id LIMIT $1;
