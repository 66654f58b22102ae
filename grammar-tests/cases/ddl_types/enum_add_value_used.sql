-- targets: mysql
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad';
INSERT INTO t VALUES (1, 'happy'), (3, 'sad');
SELECT id, m FROM t ORDER BY m;
