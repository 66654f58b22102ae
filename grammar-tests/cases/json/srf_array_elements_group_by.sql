CREATE TABLE orders (id INT PRIMARY KEY, items JSONB);
INSERT INTO orders VALUES (1, '[{"sku": "a", "qty": 2}, {"sku": "b", "qty": 1}]'), (2, '[{"sku": "a", "qty": 5}]');
SELECT i.value ->> 'sku' AS sku, count(*) AS n FROM orders o, jsonb_array_elements(o.items) AS i GROUP BY i.value ->> 'sku' ORDER BY sku;
