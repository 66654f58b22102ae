CREATE TABLE t (a INT, c INT);
CREATE INDEX ON t (a) INCLUDE (c);
DROP INDEX t_a_c_idx;
SELECT count(*) FROM t;
