-- targets: mysql
-- run: no
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
ALTER TABLE t ALTER COLUMN v TYPE INTEGER USING length(v);
