-- Two output columns named `name`: unique inside the subquery, restored outside.
CREATE TABLE a (id INT, name TEXT);
CREATE TABLE b (id INT, a_id INT, name TEXT);
INSERT INTO a VALUES (1, 'one'), (2, 'two');
INSERT INTO b VALUES (10, 1, 'x'), (11, 1, 'y'), (12, 2, 'z');
SELECT DISTINCT ON (a.id) a.id, a.name, b.name FROM a JOIN b ON b.a_id = a.id ORDER BY a.id, b.id DESC;
