CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id int DEFAULT nextval('t_id_seq') PRIMARY KEY, v text);
INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b');
SELECT pg_catalog.setval('t_id_seq', 2, true);
INSERT INTO t (v) VALUES ('c');
SELECT id, v FROM t ORDER BY id;
