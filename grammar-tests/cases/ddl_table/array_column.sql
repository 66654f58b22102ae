CREATE TABLE t (id int PRIMARY KEY, tags text[]);
INSERT INTO t (id) VALUES (1);
SELECT id, tags IS NULL AS none FROM t;
