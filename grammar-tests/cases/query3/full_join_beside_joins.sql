-- A FULL JOIN beside INNER and LEFT joins on either side, parenthesized on the right, and beside another FROM item; NULL and duplicate keys.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull'), (4, 'a4');
INSERT INTO b VALUES (2, 'b2'), (2, 'b2bis'), (3, 'b3'), (NULL, 'bnull'), (5, NULL);
INSERT INTO c VALUES (2, 'c2'), (3, 'c3'), (3, 'c3bis'), (4, 'c4'), (NULL, 'cnull');
SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id JOIN c ON c.id = b.id ORDER BY 1, 2, 3;
SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id LEFT JOIN c ON c.id = coalesce(a.id, b.id) ORDER BY 1, 2, 3;
SELECT a.x, c.z, b.y FROM a JOIN c ON c.id = a.id FULL JOIN b ON b.id = c.id ORDER BY 1, 2, 3;
SELECT a.x, c.z, b.y FROM a LEFT JOIN c ON c.id = a.id FULL OUTER JOIN b ON b.id = c.id AND b.y IS NOT NULL ORDER BY 1, 2, 3;
SELECT x, y, z FROM a FULL JOIN (b JOIN c USING (id)) ON a.id = b.id ORDER BY 1, 2, 3;
SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id, c WHERE c.id = 3 ORDER BY 1, 2, 3;
SELECT * FROM a JOIN c ON a.id = c.id FULL JOIN b ON b.id = a.id;
