-- A named window, refined with an ORDER BY in OVER.
CREATE TABLE s (cat TEXT, d INT, amt INT);
INSERT INTO s VALUES ('a', 1, 10), ('a', 2, 20), ('b', 1, 5), ('b', 2, 7), ('b', 3, 1);
SELECT cat, d, sum(amt) OVER (w ORDER BY d) AS running, count(*) OVER w AS n
FROM s WINDOW w AS (PARTITION BY cat) ORDER BY cat, d;
