-- FULL JOIN USING two columns, one of them NULL in some rows, without ORDER BY.
CREATE TABLE a (k1 INT, k2 TEXT, x INT);
CREATE TABLE b (k1 INT, k2 TEXT, y INT);
INSERT INTO a VALUES (1, 'p', 10), (1, 'q', 11), (2, NULL, 12), (3, 'r', 13);
INSERT INTO b VALUES (1, 'p', 20), (1, 'z', 21), (2, NULL, 22), (4, 's', 23);
SELECT k1, k2, x, y FROM a FULL JOIN b USING (k1, k2);
