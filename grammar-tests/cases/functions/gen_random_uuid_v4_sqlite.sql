-- targets: sqlite
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2), (3), (4), (5), (6);
CREATE TABLE u (v TEXT);
INSERT INTO u SELECT gen_random_uuid()::text FROM t;
SELECT count(*) FROM u WHERE substr(v, 15, 1) = '4' AND strpos('89ab', substr(v, 20, 1)) > 0 AND v = lower(v) AND length(v) = 36;
