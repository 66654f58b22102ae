-- params: 1, 'from param', 5
-- Parameters in the VALUES and in the update.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT, n INT NOT NULL DEFAULT 0);
INSERT INTO t VALUES (1, 'a', 1);
INSERT INTO t (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, n = t.n + $3;
SELECT k, v, n FROM t;
