-- NATURAL FULL JOIN merges the columns both sides share, NULL keys included.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, x TEXT, w INT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');
INSERT INTO c VALUES (1, 'a1', 10), (2, 'zz', 20), (NULL, 'anull', 30);
SELECT id, x, y FROM a NATURAL FULL JOIN b ORDER BY id, x, y;
SELECT * FROM a NATURAL FULL JOIN c ORDER BY id, x, w;
SELECT id, x, a.x AS ax, c.x AS cx, w FROM a NATURAL FULL JOIN c WHERE x <> 'zz' OR x IS NULL ORDER BY id, x, w;
