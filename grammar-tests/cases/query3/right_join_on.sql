-- RIGHT JOIN (SQLite 3.39+).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bn');
SELECT a.x, b.id, b.y FROM a RIGHT JOIN b ON a.id = b.id ORDER BY b.y;
