-- Two tables in FROM, and a column of the same name in each.
CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE TABLE a (id INT, v INT);
CREATE TABLE b (id INT, v INT);
INSERT INTO t VALUES (1, 0), (2, 0);
INSERT INTO a VALUES (1, 10), (2, 20);
INSERT INTO b VALUES (1, 1);
UPDATE t SET v = a.v + b.v FROM a, b WHERE a.id = t.id AND b.id = t.id;
SELECT id, v FROM t ORDER BY id;
