CREATE TABLE t (id INT, data BYTEA);
INSERT INTO t (id) VALUES (1);
SELECT id, data FROM t;
