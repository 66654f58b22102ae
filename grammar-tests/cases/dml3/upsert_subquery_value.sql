-- The update's value is a subquery.
CREATE TABLE t (k INT PRIMARY KEY, v INT);
CREATE TABLE limits (cap INT);
INSERT INTO t VALUES (1, 3);
INSERT INTO limits VALUES (10), (20);
INSERT INTO t (k, v) VALUES (1, 0) ON CONFLICT (k) DO UPDATE SET v = (SELECT max(cap) FROM limits) + t.v;
SELECT k, v FROM t;
