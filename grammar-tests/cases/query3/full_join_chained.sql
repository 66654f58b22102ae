-- Chained FULL JOINs (the inner one first), with ON and USING, NULL keys and duplicates.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (3, 'b3bis'), (NULL, 'bnull');
INSERT INTO c VALUES (3, 'c3'), (4, 'c4'), (1, 'c1'), (NULL, 'cnull');
SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id FULL JOIN c ON c.id = b.id ORDER BY 1, 2, 3;
SELECT id, x, y, z FROM a FULL JOIN b USING (id) FULL JOIN c USING (id) ORDER BY id, x, y, z;
SELECT * FROM a FULL JOIN b USING (id) FULL JOIN c USING (id);
SELECT a.x, b.y, c.z FROM a FULL JOIN (b FULL JOIN c ON b.id = c.id) ON a.id = coalesce(b.id, c.id) ORDER BY 1, 2, 3;
