CREATE TABLE t (id int PRIMARY KEY, doc jsonb DEFAULT '{}'::jsonb);
INSERT INTO t (id) VALUES (1);
SELECT id, doc::text AS doc FROM t;
