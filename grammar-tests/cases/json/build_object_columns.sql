CREATE TABLE items (name TEXT, qty INT);
INSERT INTO items VALUES ('apple', 3), ('pear', NULL);
SELECT jsonb_build_object('name', name, 'qty', qty) ->> 'name' AS n, jsonb_build_object('name', name, 'qty', qty) ->> 'qty' AS q FROM items ORDER BY name;
