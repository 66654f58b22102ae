-- params: 2
-- OFFSET without LIMIT: each target's spelling of "no limit".
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT v FROM t ORDER BY v OFFSET $1;
