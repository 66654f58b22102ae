CREATE TABLE items (id INT PRIMARY KEY, name TEXT, n INT);
INSERT INTO items VALUES (1, 'a', 10), (2, 'b', NULL), (3, 'c', 30), (4, 'B', 40);
SELECT g, i.name FROM generate_series(1, 3) AS g JOIN items i ON i.id = g ORDER BY g;
