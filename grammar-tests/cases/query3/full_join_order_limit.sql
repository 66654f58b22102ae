-- ORDER BY and LIMIT apply to the whole FULL JOIN: keys outside the select list, duplicate output names, DESC, OFFSET.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (4, 'a4'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (5, 'b5'), (NULL, 'bnull');
SELECT a.x FROM a FULL JOIN b ON a.id = b.id ORDER BY b.id DESC, a.id, a.x LIMIT 4;
SELECT a.id, b.id FROM a FULL JOIN b ON a.id = b.id ORDER BY 2, 1 LIMIT 3 OFFSET 1;
SELECT a.x AS v, b.y AS w FROM a FULL JOIN b ON a.id = b.id ORDER BY w DESC NULLS LAST, v LIMIT 5;
SELECT b.y FROM a FULL JOIN b ON a.id = b.id LIMIT 0;
