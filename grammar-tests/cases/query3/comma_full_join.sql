-- A FROM list with a FULL JOIN after the comma: PostgreSQL joins c with (a FULL JOIN b); SQLite would read (c, a) FULL JOIN b.
CREATE TABLE c (x INT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT);
INSERT INTO c VALUES (1), (2);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4'), (5, 'b5');
SELECT c.x, a.va, b.vb FROM c, a FULL JOIN b ON a.k = b.k ORDER BY 1, 2, 3;
