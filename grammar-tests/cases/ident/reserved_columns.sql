CREATE TABLE items (id INT, "order" INT, key TEXT, rank INT);
INSERT INTO items VALUES (1, 2, 'k', 3);
SELECT "order", key, rank FROM items;
