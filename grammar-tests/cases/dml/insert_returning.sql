-- targets: sqlite
CREATE TABLE t (id SERIAL PRIMARY KEY, v TEXT);
INSERT INTO t (v) VALUES ('a') RETURNING id, v;
