-- A table, some rows, and an ordered query over them.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price NUMERIC(10, 2),
    active BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO items (id, name, price, active) VALUES
    (1, 'apple', 1.50, true),
    (2, 'pear', NULL, false),
    (3, 'plum', 0.25, true);
SELECT id, name, price, active FROM items ORDER BY id DESC;
SELECT count(*) AS n FROM items WHERE active;
