-- NATURAL JOIN after the comma: the common columns are those of a and b, not of c, a and b.
CREATE TABLE c (x INT, k INT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT, x INT);
INSERT INTO c VALUES (1, 1), (2, 2);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3');
INSERT INTO b VALUES (2, 'b2', 1), (3, 'b3', 7), (4, 'b4', 2);
SELECT c.x, c.k, a.va, b.vb, b.x FROM c, a NATURAL JOIN b ORDER BY 1, 2, 3;
