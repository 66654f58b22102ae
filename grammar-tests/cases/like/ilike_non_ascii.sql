-- targets: mysql
CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('École'), ('école'), ('ecole');
SELECT name FROM p WHERE name ILIKE 'éc%';
