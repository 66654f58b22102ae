CREATE TABLE t (id SERIAL PRIMARY KEY, name TEXT);
INSERT INTO t (name) VALUES ('a'), ('b');
SELECT id, name FROM t ORDER BY id;
