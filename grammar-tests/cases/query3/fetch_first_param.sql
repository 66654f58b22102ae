-- params: 2
-- FETCH FIRST $1 ROWS ONLY with an OFFSET in the standard spelling.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT v FROM t ORDER BY v OFFSET 1 ROWS FETCH FIRST $1 ROWS ONLY;
