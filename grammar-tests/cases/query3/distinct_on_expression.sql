-- An expression key, and output columns that are expressions without an alias.
CREATE TABLE t (id INT, name TEXT);
INSERT INTO t VALUES (1, 'Ann'), (2, 'ANN'), (3, 'bob'), (4, 'Bob');
SELECT DISTINCT ON (lower(name)) lower(name), id, id * 10 FROM t ORDER BY lower(name), id DESC;
