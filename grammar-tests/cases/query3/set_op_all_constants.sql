-- Sides without a table, VALUES lists and computed columns, whose names come
-- from the first side.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (2), (3), (3), (3);
SELECT 1 AS one INTERSECT ALL SELECT 1;
SELECT 1, 'a' EXCEPT ALL SELECT 2, 'a';
VALUES (1), (1), (2), (2) EXCEPT ALL VALUES (1), (2) ORDER BY 1;
VALUES (3, 'c'), (3, 'c'), (4, 'd') INTERSECT ALL SELECT v, 'c' FROM t ORDER BY 1;
SELECT v * 10, v % 2 = 0 FROM t INTERSECT ALL SELECT v * 10, true FROM t ORDER BY 1;
SELECT v + 1 FROM t EXCEPT ALL SELECT v FROM t ORDER BY 1;
SELECT count(*), v FROM t GROUP BY v INTERSECT ALL SELECT v, v FROM t ORDER BY 2;
VALUES (1), (2) UNION ALL VALUES (2), (3) EXCEPT ALL VALUES (2), (3) ORDER BY 1;
