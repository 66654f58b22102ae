CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n > 0));
-- error
INSERT INTO t VALUES (1, -5);
SELECT count(*) AS n FROM t;
