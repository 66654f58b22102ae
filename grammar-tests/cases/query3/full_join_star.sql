-- SELECT * over a FULL JOIN: the left table's columns, then the right's; listed from the tables where an ORDER BY needs them.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT * FROM a FULL JOIN b ON a.id = b.id;
SELECT * FROM a FULL JOIN b ON a.id = b.id ORDER BY a.x, b.y;
SELECT b.*, a.x FROM a FULL JOIN b ON a.id = b.id ORDER BY 1, 3;
