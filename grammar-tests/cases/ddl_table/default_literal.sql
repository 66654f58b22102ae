CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT 7, s text DEFAULT 'x', b boolean DEFAULT true);
INSERT INTO t (id) VALUES (1);
SELECT id, n, s, b FROM t;
