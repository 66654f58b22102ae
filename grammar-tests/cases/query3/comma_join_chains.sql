-- Comma-separated join chains: only the later item whose joins re-associate is grouped; ON joins stay as written.
CREATE TABLE c (x INT);
CREATE TABLE d (x INT, y TEXT);
CREATE TABLE a (k INT, va TEXT);
CREATE TABLE b (k INT, vb TEXT);
INSERT INTO c VALUES (1), (2);
INSERT INTO d VALUES (1, 'd1'), (3, 'd3');
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT c.x, d.y, a.va, b.vb
FROM c LEFT JOIN d ON d.x = c.x, a JOIN b ON a.k = b.k LEFT JOIN d AS e ON e.x = b.k, a AS a2 FULL JOIN b AS b2 ON a2.k = b2.k
WHERE a2.k IS NULL OR b2.k IS NULL
ORDER BY 1, 2, 3, 4;
