-- targets: sqlite
-- RETURNING the updated table's columns after UPDATE ... FROM.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT, w TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
INSERT INTO s VALUES (2, 'S2');
UPDATE t SET v = s.w FROM s WHERE s.id = t.id RETURNING t.id, v;
