-- Rows without a match, three ways.
CREATE TABLE a (id INT);
CREATE TABLE b (id INT);
INSERT INTO a VALUES (1), (2), (3);
INSERT INTO b VALUES (2);
SELECT a.id FROM a LEFT JOIN b ON b.id = a.id WHERE b.id IS NULL ORDER BY a.id;
SELECT id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.id = a.id) ORDER BY id;
SELECT id FROM a WHERE id NOT IN (SELECT id FROM b) ORDER BY id;
