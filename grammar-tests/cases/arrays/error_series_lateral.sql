-- run: no
CREATE TABLE items (id INT, n INT);
SELECT g FROM items, generate_series(1, items.n) AS g;
