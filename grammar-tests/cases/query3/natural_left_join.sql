-- NATURAL LEFT JOIN on the common column.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'an');
INSERT INTO b VALUES (2, 'b2'), (NULL, 'bn');
SELECT * FROM a NATURAL LEFT JOIN b ORDER BY x;
