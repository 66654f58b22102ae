CREATE TABLE t (id serial PRIMARY KEY, v text);
INSERT INTO t (v) VALUES ('a'), ('b');
SELECT setval('t_id_seq', 41, true);
INSERT INTO t (v) VALUES ('c');
SELECT id, v FROM t ORDER BY id;
