CREATE TABLE a (id INT, name TEXT);
CREATE TABLE b (id INT, qty INT);
INSERT INTO a VALUES (1, 'x'), (2, 'y');
INSERT INTO b VALUES (1, 5);
SELECT name, qty FROM a LEFT JOIN b USING (id) ORDER BY name;
