-- A subquery in the join condition of a FULL JOIN the general form would move into a derived table (PGS0206).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
INSERT INTO c VALUES (2, 'c2');
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id AND b.id IN (SELECT id FROM c) JOIN c ON c.id = b.id ORDER BY 1, 2;
