CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT -1, x numeric(5,2) DEFAULT 1.50);
INSERT INTO t (id) VALUES (1);
SELECT id, n, x FROM t;
