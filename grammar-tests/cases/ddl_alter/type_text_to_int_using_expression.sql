-- targets: sqlite
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, ' 12 '), (2, '7');
ALTER TABLE t ALTER COLUMN v TYPE INTEGER USING trim(v)::integer * 2;
SELECT id, v FROM t ORDER BY v;
