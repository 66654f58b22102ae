-- NULLs count like any value: rows equal with NULLs in the same places match.
CREATE TABLE l (x INT, y TEXT);
CREATE TABLE r (x INT, y TEXT);
INSERT INTO l VALUES (NULL, NULL), (NULL, NULL), (NULL, NULL), (1, NULL), (1, NULL), (NULL, 'a'), (2, 'b');
INSERT INTO r VALUES (NULL, NULL), (NULL, NULL), (1, NULL), (NULL, 'a'), (NULL, 'a'), (2, NULL);
SELECT x, y FROM l INTERSECT ALL SELECT x, y FROM r ORDER BY x, y;
SELECT x, y FROM l EXCEPT ALL SELECT x, y FROM r ORDER BY x, y;
SELECT x, y FROM r EXCEPT ALL SELECT x, y FROM l ORDER BY x, y;
SELECT count(*) FROM (SELECT y FROM l INTERSECT ALL SELECT y FROM r) AS s;
