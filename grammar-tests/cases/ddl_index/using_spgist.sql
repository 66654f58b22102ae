CREATE TABLE t (id INT PRIMARY KEY, name TEXT);
CREATE INDEX t_name_sp ON t USING spgist (name);
INSERT INTO t VALUES (1, 'x');
SELECT id, name FROM t;
