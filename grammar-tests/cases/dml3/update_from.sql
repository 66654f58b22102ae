-- UPDATE ... FROM: SQLite keeps it, MySQL writes a multi-table UPDATE.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT, w TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO s VALUES (1, 'S1'), (3, 'S3');
UPDATE t SET v = s.w FROM s WHERE s.id = t.id;
SELECT id, v FROM t ORDER BY id;
