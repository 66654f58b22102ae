CREATE DOMAIN email AS varchar(50) CHECK (VALUE LIKE '%@%');
CREATE TABLE t (id int PRIMARY KEY, e email);
INSERT INTO t VALUES (1, 'a@b.c');
SELECT id, e FROM t;
