-- The target's alias: SQLite names the table instead, MySQL lists the alias.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT, flag BOOLEAN);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO s VALUES (1, TRUE), (2, FALSE);
DELETE FROM t AS a USING s WHERE s.id = a.id AND s.flag;
SELECT id, v FROM t ORDER BY id;
