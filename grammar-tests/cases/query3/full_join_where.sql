-- WHERE over a FULL JOIN filters the joined rows: on either side's columns, with OR, and the anti-join by IS NULL.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id WHERE a.x IS NOT NULL ORDER BY 1, 2;
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id WHERE b.y <> 'b2' ORDER BY 1, 2;
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id WHERE a.id = 1 OR b.id = 3 ORDER BY 1, 2;
SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id WHERE a.id IS NULL OR b.id IS NULL ORDER BY 1, 2;
