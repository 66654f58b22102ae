CREATE TABLE t (id int PRIMARY KEY, code varchar(10) UNIQUE, a int, b int, UNIQUE (a, b));
INSERT INTO t VALUES (1, 'x', 1, 1), (2, 'y', 1, 2);
SELECT id, code FROM t ORDER BY id;
