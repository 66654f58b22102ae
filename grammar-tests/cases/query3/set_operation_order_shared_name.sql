-- targets: mysql
-- run: no
-- ORDER BY a position whose output name another column shares: the NULL emulation
-- cannot name it on MySQL, so it warns instead of sorting by the wrong column.
CREATE TABLE a (id int);
CREATE TABLE b (id int);
INSERT INTO a VALUES (1), (NULL), (3);
INSERT INTO b VALUES (NULL), (2), (1);
SELECT a.id, b.id FROM a JOIN b ON true WHERE a.id = 1 UNION SELECT 9, 9 ORDER BY 2;
