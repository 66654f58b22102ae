CREATE TABLE t (id int PRIMARY KEY, at timestamp DEFAULT now());
INSERT INTO t (id) VALUES (1);
SELECT id, at IS NOT NULL AS filled FROM t;
