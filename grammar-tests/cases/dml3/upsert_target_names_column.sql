-- No column list, but the conflict target names the column for MySQL's no-op update.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (1, 'b'), (2, 'c') ON CONFLICT (k) DO NOTHING;
SELECT k, v FROM t ORDER BY k;
