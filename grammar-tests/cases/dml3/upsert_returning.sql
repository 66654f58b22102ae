-- targets: sqlite
-- RETURNING after an upsert returns the inserted and the updated rows, not the skipped ones.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
INSERT INTO t (k, v) VALUES (1, 'x'), (2, 'b'), (3, 'c')
  ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE t.v <> EXCLUDED.v
  RETURNING k, v;
