CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2), (3), (4), (5), (6), (7), (8);
SELECT count(*) FROM t WHERE random() >= 0 AND random() < 1;
SELECT count(*) FROM (SELECT random() AS r FROM t) s WHERE r >= 0 AND r < 1;
