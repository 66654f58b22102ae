-- A RIGHT JOIN after the comma keeps each unmatched row of b once per row of c, not once in all.
CREATE TABLE c (x INT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT);
INSERT INTO c VALUES (1), (2);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4'), (5, 'b5');
SELECT c.x, a.va, b.vb FROM c, a RIGHT JOIN b ON a.k = b.k ORDER BY 1, 2, 3;
