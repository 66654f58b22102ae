-- An aggregate over a FULL JOIN (the general form: a derived table the aggregate reads).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT count(a.id), count(b.id), count(*) FROM a FULL JOIN b ON a.id = b.id;
