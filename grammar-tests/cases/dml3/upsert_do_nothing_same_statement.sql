-- Two rows of one INSERT with the same key: the first is kept.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t (k, v) VALUES (5, 'first'), (5, 'second'), (6, 'x') ON CONFLICT (k) DO NOTHING;
SELECT k, v FROM t ORDER BY k;
