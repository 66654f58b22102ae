-- USING with a join between the other tables.
CREATE TABLE items (id INT PRIMARY KEY, cart INT);
CREATE TABLE carts (id INT PRIMARY KEY, owner INT);
CREATE TABLE owners (id INT PRIMARY KEY, banned BOOLEAN);
INSERT INTO items VALUES (1, 10), (2, 20), (3, 10);
INSERT INTO carts VALUES (10, 100), (20, 200);
INSERT INTO owners VALUES (100, TRUE), (200, FALSE);
DELETE FROM items USING carts JOIN owners ON owners.id = carts.owner
  WHERE carts.id = items.cart AND owners.banned;
SELECT id, cart FROM items ORDER BY id;
