-- SELECT * over RIGHT JOIN USING: MySQL lists the right table's columns first.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT * FROM a RIGHT JOIN b USING (id) ORDER BY id;
