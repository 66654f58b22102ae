-- The target's alias qualifies MySQL's SET columns.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT, n INT);
CREATE TABLE s (id INT, w TEXT);
INSERT INTO t VALUES (1, 'a', 0), (2, 'b', 0);
INSERT INTO s VALUES (2, 'S2');
UPDATE t AS a SET v = s.w, n = a.n + 1 FROM s WHERE s.id = a.id;
SELECT id, v, n FROM t ORDER BY id;
