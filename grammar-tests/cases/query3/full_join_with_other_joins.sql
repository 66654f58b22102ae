-- Two chained FULL JOINs in one FROM: the first becomes a derived table that the second joins.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
INSERT INTO c VALUES (3, 'c3'), (4, 'c4');
SELECT a.x, b.y, c.z FROM a FULL JOIN b ON a.id = b.id FULL JOIN c ON c.id = b.id ORDER BY 1, 2, 3;
