-- GROUP BY, aggregates and HAVING over a FULL JOIN, with the USING key merged from both sides.
CREATE TABLE a (id INT, x TEXT, n INT);
CREATE TABLE b (id INT, y TEXT, m INT);
INSERT INTO a VALUES (1, 'a1', 10), (2, 'a2', 20), (2, 'a2bis', 21), (NULL, 'anull', 30);
INSERT INTO b VALUES (2, 'b2', 1), (3, 'b3', 2), (3, 'b3bis', 3), (NULL, 'bnull', 4);
SELECT count(a.id), count(b.id), count(*) FROM a FULL JOIN b ON a.id = b.id;
SELECT b.id, count(*) AS k, sum(a.n) AS s FROM a FULL JOIN b ON a.id = b.id GROUP BY b.id ORDER BY b.id;
SELECT id, count(*), sum(m) FROM a FULL JOIN b USING (id) GROUP BY id HAVING count(*) > 1 OR id IS NULL ORDER BY id;
SELECT coalesce(x, y) AS v, max(n) FROM a FULL JOIN b ON a.id = b.id GROUP BY v HAVING max(n) IS NULL OR max(n) > 15 ORDER BY 1;
SELECT DISTINCT id FROM a FULL JOIN b USING (id) ORDER BY id;
