-- run: no
CREATE TABLE items (id INT, n INT);
SELECT id FROM items WHERE id > ANY(SELECT n FROM items);
