-- USING after the comma matches a and b only; SQLite would also match c's k, and `*` keeps PostgreSQL's columns.
CREATE TABLE c (x INT, k INT);
CREATE TABLE a (va TEXT, k INT);
CREATE TABLE b (k INT, vb TEXT);
INSERT INTO c VALUES (1, 1), (2, 2);
INSERT INTO a VALUES ('a1', 1), ('a2', 2), ('a3', 3);
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4');
SELECT * FROM c, a JOIN b USING (k) ORDER BY c.x, c.k, a.k;
