CREATE TABLE t (id int PRIMARY KEY, name text COLLATE "C");
INSERT INTO t VALUES (1, 'b'), (2, 'B'), (3, 'a');
SELECT name FROM t ORDER BY name;
