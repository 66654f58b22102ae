-- An expression in LIMIT: SQLite takes it, MySQL only takes a number or a parameter.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT v FROM t ORDER BY v LIMIT 1 + 1;
