-- A volatile call in the select list of a FULL JOIN would run in both halves of MySQL's union: an error there.
CREATE TABLE a (id INT);
CREATE TABLE b (id INT);
INSERT INTO a VALUES (1);
INSERT INTO b VALUES (2);
SELECT a.id, b.id, random() < 2 AS r FROM a FULL JOIN b ON a.id = b.id ORDER BY 1, 2;
