-- params: 'Jo%'
CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('John'), ('john');
SELECT name FROM p WHERE name LIKE $1;
