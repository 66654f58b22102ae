-- params: 'jo%'
CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('John'), ('Mary');
SELECT name FROM p WHERE name ILIKE $1;
