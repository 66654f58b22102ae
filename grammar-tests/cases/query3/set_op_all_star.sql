-- `*` of one table counts its columns from the schema.
CREATE TABLE a (id INT, name TEXT);
CREATE TABLE b (id INT, name TEXT);
INSERT INTO a VALUES (1, 'x'), (1, 'x'), (2, 'y'), (2, 'y');
INSERT INTO b VALUES (1, 'x'), (2, 'y'), (2, 'y'), (2, 'y');
ALTER TABLE a ADD COLUMN extra INT;
SELECT * FROM b INTERSECT ALL SELECT id, name FROM a ORDER BY id;
SELECT a.* FROM a EXCEPT ALL SELECT b.*, NULL FROM b ORDER BY id;
SELECT x.id, x.* FROM b AS x JOIN a ON a.id = x.id EXCEPT ALL SELECT id, b.* FROM b ORDER BY 1, 2;
SELECT * FROM (SELECT id, name FROM b) AS s(k) INTERSECT ALL SELECT id, name FROM a WHERE id = 2 ORDER BY k;
SELECT * FROM a, b AS x EXCEPT ALL SELECT a.*, x.* FROM a JOIN b AS x ON x.id > a.id ORDER BY 1, 2, 4, 5;
