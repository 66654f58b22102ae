CREATE TABLE items (id INT PRIMARY KEY, name TEXT, n INT);
INSERT INTO items VALUES (1, 'a', 10), (2, 'b', NULL), (3, 'c', 30), (4, 'B', 40);
SELECT id, n = ANY(ARRAY[10, NULL]) AS m FROM items ORDER BY id;
