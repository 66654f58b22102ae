-- A FULL JOIN whose join condition reads the outer query's column: the derived table MariaDB would need cannot read it (PGS0206).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
INSERT INTO c VALUES (1, 'c1'), (2, 'c2');
SELECT z, (SELECT count(*) FROM a FULL JOIN b ON a.id = b.id AND b.id = c.id JOIN c AS d ON d.id = a.id) AS n FROM c ORDER BY z;
