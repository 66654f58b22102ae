-- USING names the table itself, so the alias cannot become the table's name:
-- SQLite keeps the alias.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b');
DELETE FROM t AS newer USING t WHERE t.v = newer.v AND t.id < newer.id;
SELECT id, v FROM t ORDER BY id;
