-- run: no
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
SELECT id FROM t WHERE m < 'ok';
