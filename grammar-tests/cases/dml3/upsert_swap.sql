-- SET a = t.b, b = t.a swaps in PostgreSQL and SQLite; MySQL would copy: an error.
CREATE TABLE t (k INT PRIMARY KEY, a INT, b INT);
INSERT INTO t VALUES (1, 10, 20);
INSERT INTO t (k, a, b) VALUES (1, 0, 0) ON CONFLICT (k) DO UPDATE SET a = t.b, b = t.a;
SELECT k, a, b FROM t;
