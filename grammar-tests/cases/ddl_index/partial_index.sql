CREATE TABLE orders (id INT PRIMARY KEY, status VARCHAR(10), total INT);
CREATE INDEX orders_open ON orders (total) WHERE status = 'open';
INSERT INTO orders VALUES (1, 'open', 10), (2, 'closed', 20);
SELECT id FROM orders WHERE status = 'open' AND total > 5;
