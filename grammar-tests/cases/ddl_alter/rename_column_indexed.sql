CREATE TABLE t (id INT PRIMARY KEY, name TEXT);
CREATE INDEX t_name ON t (name);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
ALTER TABLE t RENAME COLUMN name TO title;
SELECT id FROM t WHERE title = 'b';
