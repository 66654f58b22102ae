-- FULL JOIN of a table with itself under aliases, and of two subqueries.
CREATE TABLE node (id INT PRIMARY KEY, parent INT, name TEXT NOT NULL);
INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'left'), (3, 1, 'right'), (4, 2, 'leaf'), (5, 9, 'orphan');
SELECT p.name AS parent, c.name AS child FROM node AS p FULL JOIN node c ON c.parent = p.id ORDER BY parent, child;
SELECT s.name, t.name FROM (SELECT id, name FROM node WHERE id <= 3) AS s
  FULL JOIN (SELECT parent, name FROM node WHERE parent IS NOT NULL) AS t ON t.parent = s.id
  ORDER BY s.name, t.name;
