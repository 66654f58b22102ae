-- NULL is a group of its own; HAVING filters groups.
CREATE TABLE t (k TEXT, v INT);
INSERT INTO t VALUES ('a', 1), ('a', 2), (NULL, 3), (NULL, 4), ('b', 5);
SELECT k, count(*) AS n, sum(v) AS s FROM t GROUP BY k ORDER BY k;
SELECT k, sum(v) AS s FROM t GROUP BY k HAVING sum(v) > 4 ORDER BY s;
