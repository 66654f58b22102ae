CREATE TABLE s (cat TEXT, amt INT);
INSERT INTO s VALUES ('a', 1), ('a', 2), ('b', 5), ('c', 1);
SELECT cat, sum(amt) AS total, count(*) AS n FROM s GROUP BY cat HAVING sum(amt) > 2 ORDER BY cat;
