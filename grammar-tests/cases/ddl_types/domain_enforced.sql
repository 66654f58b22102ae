CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, n posint);
-- error
INSERT INTO t VALUES (1, -1);
SELECT count(*) AS n FROM t;
