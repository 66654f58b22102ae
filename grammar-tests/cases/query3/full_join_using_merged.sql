-- The merged USING column of a FULL JOIN in WHERE, ORDER BY and an expression, beside another join and with both sides qualified.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');
INSERT INTO c VALUES (1, 'c1'), (3, 'c3');
SELECT id, a.id AS aid, b.id AS bid, x, y FROM a FULL JOIN b USING (id) WHERE id >= 2 ORDER BY id DESC, x;
SELECT id * 10 AS t, x, y FROM a FULL JOIN b USING (id) WHERE id IS NULL ORDER BY x, y;
SELECT id, x, y, z FROM a FULL JOIN b USING (id) LEFT JOIN c USING (id) ORDER BY id, x, y;
SELECT * FROM a FULL JOIN b USING (id) JOIN c USING (id) ORDER BY x, y;
