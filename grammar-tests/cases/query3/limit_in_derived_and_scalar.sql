-- LIMIT inside a derived table and a scalar subquery.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (5), (1), (4), (2);
SELECT sum(v) AS s FROM (SELECT v FROM t ORDER BY v DESC LIMIT 2) AS top2;
SELECT (SELECT v FROM t ORDER BY v LIMIT 1 OFFSET 1) AS second;
