CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE t (id int PRIMARY KEY, fg color, bg color);
INSERT INTO t VALUES (1, 'blue', 'red');
SELECT id, fg, bg FROM t;
