-- The grouping applies in subqueries too, and to UPDATE ... FROM.
CREATE TABLE c (x INT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT);
CREATE TABLE t (x INT, n INT);
INSERT INTO c VALUES (1), (2);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4'), (5, 'b5');
INSERT INTO t VALUES (1, 0), (2, 0);
SELECT t.x, (SELECT count(*) FROM c, a RIGHT JOIN b ON a.k = b.k WHERE c.x = t.x) AS n FROM t ORDER BY 1;
SELECT count(*) FROM (SELECT c.x, b.vb FROM c, a FULL JOIN b USING (k)) AS s;
