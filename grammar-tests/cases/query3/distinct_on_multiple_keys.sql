-- Two keys.
CREATE TABLE t (a INT, b INT, c INT);
INSERT INTO t VALUES (1, 1, 3), (1, 1, 2), (1, 2, 9), (2, 1, 4), (2, 1, 8);
SELECT DISTINCT ON (a, b) a, b, c FROM t ORDER BY a, b, c;
