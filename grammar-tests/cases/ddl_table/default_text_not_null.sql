CREATE TABLE t (id int PRIMARY KEY, note text NOT NULL DEFAULT '');
INSERT INTO t (id) VALUES (1);
SELECT id, note = '' AS empty FROM t;
