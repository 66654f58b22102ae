CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
INSERT INTO t VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');
SELECT id FROM t WHERE m IN ('ok', 'happy') ORDER BY id;
