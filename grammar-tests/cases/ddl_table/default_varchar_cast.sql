CREATE TABLE t (id int PRIMARY KEY, s varchar(10) DEFAULT 'abc'::character varying);
INSERT INTO t (id) VALUES (1);
SELECT id, s FROM t;
