-- params: 2, 1
-- LIMIT and OFFSET from parameters, in reverse order.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT v FROM t ORDER BY v OFFSET $2 LIMIT $1;
