CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('John'), ('john'), ('JOHNNY');
SELECT name FROM p WHERE name LIKE 'Jo%';
