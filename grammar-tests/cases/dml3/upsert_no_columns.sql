-- No column list and no conflict target: MySQL's no-op update names the table's first column, from the catalog.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (1, 'b'), (2, 'c') ON CONFLICT DO NOTHING;
SELECT k, v FROM t ORDER BY k;
