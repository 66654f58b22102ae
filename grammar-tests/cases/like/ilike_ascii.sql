CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('John'), ('john'), ('Mary');
SELECT name FROM p WHERE name ILIKE 'JO%';
