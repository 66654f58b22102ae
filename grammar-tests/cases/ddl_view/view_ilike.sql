CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20));
INSERT INTO t VALUES (1, 'Alice'), (2, 'bob');
CREATE VIEW a_names AS SELECT id FROM t WHERE name LIKE 'A%';
SELECT id FROM a_names;
