-- FULL JOINs in the general form inside a CTE, a view, a subquery in WHERE and a scalar subquery; the outer query's columns read in the subquery's WHERE.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');
INSERT INTO c VALUES (1, 'c1'), (2, 'c2'), (3, 'c3'), (9, 'c9');
WITH j AS (SELECT id, count(*) AS n FROM a FULL JOIN b USING (id) GROUP BY id) SELECT id, n FROM j ORDER BY id;
CREATE VIEW v AS SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id LEFT JOIN c ON c.id = b.id;
SELECT x, y, z FROM v ORDER BY x, y, z;
SELECT z FROM c WHERE c.id IN (SELECT id FROM a FULL JOIN b USING (id) WHERE id IS NOT NULL GROUP BY id) ORDER BY z;
SELECT z FROM c WHERE EXISTS (SELECT 1 FROM a FULL JOIN b USING (id) WHERE id = c.id GROUP BY id) ORDER BY z;
SELECT z, (SELECT count(*) FROM a FULL JOIN b ON a.id = b.id WHERE coalesce(a.id, b.id) <= c.id) AS n FROM c ORDER BY z;
SELECT a.x, b.y, (SELECT max(z) FROM c WHERE c.id = b.id) AS cz FROM a FULL JOIN b ON a.id = b.id ORDER BY 1, 2;
