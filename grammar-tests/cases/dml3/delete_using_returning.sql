-- targets: sqlite
-- RETURNING the deleted table's columns after DELETE ... USING.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
INSERT INTO s VALUES (2);
DELETE FROM t AS a USING s WHERE s.id = a.id RETURNING a.id, a.v;
