CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT count(DISTINCT u) FROM (SELECT gen_random_uuid()::text AS u FROM t) s;
