-- INSERT INTO t SELECT ... FROM t: MySQL reads the SELECT from a derived table,
-- so that `t.v` in the update names the inserted table only.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (11, 'x');
INSERT INTO t (k, v) SELECT k + 10, v FROM t WHERE k < 10
  ON CONFLICT (k) DO UPDATE SET v = t.v || EXCLUDED.v;
SELECT k, v FROM t ORDER BY k;
