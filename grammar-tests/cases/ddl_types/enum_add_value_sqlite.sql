-- run: no
-- targets: sqlite
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
ALTER TYPE mood ADD VALUE 'ok';
