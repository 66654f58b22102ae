CREATE TABLE t (id SERIAL, name TEXT, PRIMARY KEY (id));
INSERT INTO t (name) VALUES ('a'), ('b');
SELECT id, name FROM t ORDER BY id;
