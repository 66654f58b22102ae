-- Two columns, each row with its own count on each side: INTERSECT ALL keeps
-- the smaller count, EXCEPT ALL the difference, in both directions.
CREATE TABLE l (k TEXT, n INT);
CREATE TABLE r (k TEXT, n INT);
INSERT INTO l VALUES ('a', 1), ('a', 1), ('a', 1), ('a', 2), ('b', 1), ('b', 1), ('c', 3), ('A', 1);
INSERT INTO r VALUES ('a', 1), ('a', 2), ('a', 2), ('b', 1), ('b', 1), ('b', 1), ('d', 4), ('a', 1);
SELECT k, n FROM l INTERSECT ALL SELECT k, n FROM r ORDER BY k, n;
SELECT k, n FROM l EXCEPT ALL SELECT k, n FROM r ORDER BY k, n;
SELECT k, n FROM r EXCEPT ALL SELECT k, n FROM l ORDER BY k, n;
SELECT n, k FROM r INTERSECT ALL SELECT n, k FROM l ORDER BY n, k;
