-- Remove duplicates, keeping the lowest id: the table joins itself.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, 'a'), (5, 'b');
DELETE FROM t USING t AS older WHERE older.v = t.v AND older.id < t.id;
SELECT id, v FROM t ORDER BY id;
