-- SELECT DISTINCT over a FULL JOIN removes the duplicates of both halves together.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'k'), (1, 'k'), (2, 'k'), (NULL, 'n');
INSERT INTO b VALUES (2, 'k'), (3, 'k'), (3, 'k'), (NULL, 'n');
SELECT DISTINCT a.x, b.y FROM a FULL JOIN b ON a.id = b.id ORDER BY 1, 2;
SELECT DISTINCT coalesce(a.x, b.y) AS v FROM a FULL JOIN b ON a.id = b.id ORDER BY v;
