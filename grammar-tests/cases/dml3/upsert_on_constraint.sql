-- ON CONFLICT ON CONSTRAINT: SQLite takes the constraint's columns from the catalog;
-- MySQL's ON DUPLICATE KEY needs no target.
CREATE TABLE t (k INT, v TEXT, CONSTRAINT t_k_key UNIQUE (k));
INSERT INTO t VALUES (1, 'a');
INSERT INTO t (k, v) VALUES (1, 'b'), (2, 'c') ON CONFLICT ON CONSTRAINT t_k_key DO UPDATE SET v = EXCLUDED.v;
SELECT k, v FROM t ORDER BY k;
