-- Columns the catalog declares integers: `/` truncates in PostgreSQL, so MySQL
-- gets DIV (its `/` would give 3.5000), with no warning.
CREATE TABLE t (a INT, b INT, c BIGINT);
INSERT INTO t VALUES (7, 2, -7), (6, 3, 9);
SELECT a / b AS q, c / b AS r, t.c / t.a AS s FROM t ORDER BY a;
