CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2), (3);
CREATE TABLE u (v TEXT);
INSERT INTO u SELECT gen_random_uuid()::text FROM t;
SELECT count(*) FROM u WHERE length(v) = 36 AND substr(v, 9, 1) = '-' AND substr(v, 14, 1) = '-' AND substr(v, 19, 1) = '-' AND substr(v, 24, 1) = '-';
SELECT count(DISTINCT v) FROM u;
