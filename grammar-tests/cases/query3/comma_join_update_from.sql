-- UPDATE ... FROM with a RIGHT JOIN after the comma (SQLite keeps FROM).
-- targets: sqlite
CREATE TABLE c (x INT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT);
CREATE TABLE t (x INT, n INT);
INSERT INTO c VALUES (1), (2);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4'), (5, 'b5');
INSERT INTO t VALUES (1, 0), (2, 0), (3, 0);
UPDATE t SET n = b.k FROM c, a RIGHT JOIN b ON a.k = b.k WHERE c.x = t.x AND a.k IS NULL AND b.k = 4 + t.x;
SELECT x, n FROM t ORDER BY x;
