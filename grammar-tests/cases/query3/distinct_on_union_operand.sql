-- DISTINCT ON in an operand of UNION, which has no ORDER BY of its own:
-- one row per key, as in PostgreSQL (here each key has one candidate).
CREATE TABLE t (k INT, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
SELECT DISTINCT ON (k) k, v FROM t UNION ALL SELECT 3, 'c';
