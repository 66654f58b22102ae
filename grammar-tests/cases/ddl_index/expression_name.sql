-- targets: sqlite
CREATE TABLE t (a TEXT, b TEXT, n INT);
CREATE INDEX ON t (lower(a), upper(b), lower(b));
CREATE INDEX ON t ((n + 1));
DROP INDEX t_lower_upper_lower1_idx;
DROP INDEX t_expr_idx;
SELECT count(*) FROM t;
