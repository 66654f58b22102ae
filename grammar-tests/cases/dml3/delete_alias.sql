-- A single-table DELETE with an alias, which MariaDB does not accept there.
CREATE TABLE t (id INT PRIMARY KEY, v INT);
INSERT INTO t VALUES (1, 1), (2, 5), (3, 9);
DELETE FROM t AS x WHERE x.v > 4 AND x.id < 3;
SELECT id, v FROM t ORDER BY id;
