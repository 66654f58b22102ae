-- The WHERE reads a column that the update assigns: MySQL assigns left to right,
-- so pgshift writes the other assignment first, while the old value is still there.
CREATE TABLE t (k INT PRIMARY KEY, n INT NOT NULL, tag TEXT);
INSERT INTO t VALUES (1, 1, 'old'), (2, 9, 'old');
INSERT INTO t (k, n, tag) VALUES (1, 50, 'new'), (2, 60, 'new')
  ON CONFLICT (k) DO UPDATE SET n = EXCLUDED.n, tag = EXCLUDED.tag WHERE t.n < 5;
SELECT k, n, tag FROM t ORDER BY k;
