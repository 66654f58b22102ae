-- Operands with their own ORDER BY and LIMIT: SQLite selects from them.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (3), (1), (2);
(SELECT v FROM t ORDER BY v LIMIT 1) UNION ALL (SELECT v FROM t ORDER BY v DESC LIMIT 1) ORDER BY v;
