-- FULL JOIN: SQLite has it; MySQL has none, and MariaDB would read FULL as an alias.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id ORDER BY a.x, b.y;
