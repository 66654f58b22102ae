-- A recursive CTE walking a hierarchy, with the depth.
CREATE TABLE nodes (id INT, parent INT, name TEXT);
INSERT INTO nodes VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 4, 'a1x');
WITH RECURSIVE tree (id, name, depth) AS (
  SELECT id, name, 0 FROM nodes WHERE parent IS NULL
  UNION ALL
  SELECT n.id, n.name, tree.depth + 1 FROM nodes AS n JOIN tree ON n.parent = tree.id
)
SELECT name, depth FROM tree ORDER BY depth, name;
