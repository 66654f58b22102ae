-- SET n = t.n + 1, prev = t.n: MySQL gets prev first, so it reads the old n.
CREATE TABLE t (k INT PRIMARY KEY, n INT NOT NULL, prev INT);
INSERT INTO t VALUES (1, 4, NULL);
INSERT INTO t (k, n) VALUES (1, 0) ON CONFLICT (k) DO UPDATE SET n = t.n + 1, prev = t.n;
SELECT k, n, prev FROM t;
