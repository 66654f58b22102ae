-- run: no
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
