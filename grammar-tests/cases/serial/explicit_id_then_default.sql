CREATE TABLE t (id SERIAL PRIMARY KEY, v TEXT);
INSERT INTO t (v) VALUES ('auto');
SELECT count(*) AS n, max(id) AS top FROM t;
