-- targets: sqlite
-- RETURNING the deleted rows.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
DELETE FROM t WHERE id <> 2 RETURNING *;
SELECT id, v FROM t;
