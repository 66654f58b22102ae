-- targets: mysql
-- run: no
CREATE TABLE t (id SERIAL PRIMARY KEY);
DELETE FROM t RETURNING id;
