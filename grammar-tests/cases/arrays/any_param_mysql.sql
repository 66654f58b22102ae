-- run: no
-- targets: mysql
CREATE TABLE items (id INT);
SELECT id FROM items WHERE id = ANY($1);
