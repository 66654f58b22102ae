CREATE TYPE q AS ENUM ('it''s', 'plain');
CREATE TABLE t (id int PRIMARY KEY, v q);
INSERT INTO t VALUES (1, 'it''s');
SELECT id, v FROM t;
