CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
-- error
INSERT INTO t VALUES (1, 'angry');
SELECT count(*) AS n FROM t;
