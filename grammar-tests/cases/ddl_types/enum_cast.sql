CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
INSERT INTO t VALUES (1, 'happy'::mood), (2, 'sad');
SELECT id FROM t WHERE m = 'happy'::mood;
