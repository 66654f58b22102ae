CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id int DEFAULT nextval('t_id_seq') PRIMARY KEY, v text);
INSERT INTO t (v) VALUES ('a'), ('b');
SELECT id, v FROM t ORDER BY id;
