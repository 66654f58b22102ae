-- The WHERE reads two assigned columns: no order of MySQL's left-to-right
-- assignments keeps both old values, so MySQL is an error; SQLite is exact.
CREATE TABLE t (k INT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL);
INSERT INTO t VALUES (1, 1, 1), (2, 5, 5);
INSERT INTO t (k, a, b) VALUES (1, 7, 7), (2, 8, 8)
  ON CONFLICT (k) DO UPDATE SET a = EXCLUDED.a, b = EXCLUDED.b WHERE t.a + t.b < 5;
SELECT k, a, b FROM t ORDER BY k;
