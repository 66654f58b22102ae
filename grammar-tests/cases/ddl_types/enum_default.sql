CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE t (id int PRIMARY KEY, s status NOT NULL DEFAULT 'new');
INSERT INTO t (id) VALUES (1);
SELECT id, s FROM t;
