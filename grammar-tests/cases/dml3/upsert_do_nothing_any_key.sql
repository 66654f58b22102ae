-- ON CONFLICT DO NOTHING without a target skips a duplicate in any unique key,
-- as MySQL's ON DUPLICATE KEY does: no warning.
CREATE TABLE t (k INT PRIMARY KEY, email TEXT UNIQUE);
INSERT INTO t VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO t (k, email) VALUES (3, 'a@x'), (1, 'c@x'), (4, 'd@x') ON CONFLICT DO NOTHING;
SELECT k, email FROM t ORDER BY k;
