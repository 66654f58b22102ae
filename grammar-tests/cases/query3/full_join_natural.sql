-- NATURAL FULL JOIN stays an error on MySQL.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT id, x, y FROM a NATURAL FULL JOIN b ORDER BY id;
