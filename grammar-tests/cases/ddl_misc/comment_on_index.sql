CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE INDEX t_v ON t (v);
COMMENT ON INDEX t_v IS 'for lookups';
SELECT count(*) FROM t;
