-- run: no
-- targets: sqlite
CREATE TABLE items (id INT);
SELECT id FROM items WHERE id = ANY($1);
