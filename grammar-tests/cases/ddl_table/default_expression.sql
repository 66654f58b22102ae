CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT (2 + 3) * 4, s text DEFAULT 'a' || 'b');
INSERT INTO t (id) VALUES (1);
SELECT id, n, s FROM t;
