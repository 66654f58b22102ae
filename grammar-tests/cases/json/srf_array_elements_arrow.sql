CREATE TABLE orders (id INT PRIMARY KEY, items JSONB);
INSERT INTO orders VALUES (1, '[{"sku": "a", "qty": 2}, {"sku": "b", "qty": 1}]'), (2, '[{"sku": "a", "qty": 5}]');
SELECT o.id, i.value ->> 'sku' AS sku, (i.value ->> 'qty')::int AS qty FROM orders o, jsonb_array_elements(o.items) AS i WHERE (i.value ->> 'qty')::int > 1 ORDER BY o.id;
