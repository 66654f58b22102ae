-- run: no
-- targets: sqlite
CREATE SEQUENCE s;
CREATE TABLE t (code text PRIMARY KEY, n int DEFAULT nextval('s'));
