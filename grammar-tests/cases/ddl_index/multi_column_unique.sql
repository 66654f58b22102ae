CREATE TABLE t (a INT, b INT, c TEXT);
CREATE UNIQUE INDEX t_ab ON t (a, b);
INSERT INTO t VALUES (1, 1, 'x'), (1, 2, 'y');
INSERT INTO t (a, b, c) VALUES (1, 1, 'z') ON CONFLICT DO NOTHING;
SELECT a, b, c FROM t ORDER BY a, b;
