-- FULL JOIN inside a CTE, a UNION operand, an IN subquery and an INSERT … SELECT.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
CREATE TABLE c (x TEXT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
WITH j AS (SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id) SELECT count(*), count(x), count(y) FROM j;
SELECT a.x FROM a FULL JOIN b ON a.id = b.id UNION SELECT 'z' ORDER BY 1;
SELECT x FROM a WHERE x IN (SELECT a.x FROM a FULL JOIN b ON a.id = b.id WHERE b.id IS NULL) ORDER BY 1;
INSERT INTO c SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id;
SELECT x, y FROM c ORDER BY x, y;
