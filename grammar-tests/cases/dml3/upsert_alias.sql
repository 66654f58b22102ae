-- INSERT INTO t AS x: the alias names the old row; MySQL has no alias there and uses the table's name.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT, n INT NOT NULL DEFAULT 0);
INSERT INTO t VALUES (1, 'a', 0), (2, 'b', 0);
INSERT INTO t AS x (k, v) VALUES (1, 'a'), (2, 'c'), (3, 'd')
  ON CONFLICT (k) DO UPDATE SET n = x.n + 1, v = EXCLUDED.v WHERE x.v <> EXCLUDED.v;
SELECT k, v, n FROM t ORDER BY k;
