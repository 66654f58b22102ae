-- ON CONFLICT (k) DO NOTHING: the duplicate row is skipped, the new one inserted.
CREATE TABLE t (k INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
INSERT INTO t (k, v) VALUES (1, 'dup'), (3, 'c') ON CONFLICT (k) DO NOTHING;
SELECT k, v FROM t ORDER BY k;
