CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN mood_nn AS mood NOT NULL;
CREATE TABLE t (id int PRIMARY KEY, m mood_nn);
INSERT INTO t VALUES (1, 'ok');
SELECT id, m FROM t;
