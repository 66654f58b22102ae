-- The FROM list holds a join.
CREATE TABLE orders (id INT PRIMARY KEY, customer INT, status TEXT);
CREATE TABLE customers (id INT PRIMARY KEY, region INT);
CREATE TABLE regions (id INT PRIMARY KEY, closed BOOLEAN);
INSERT INTO orders VALUES (1, 10, 'open'), (2, 20, 'open'), (3, 10, 'done');
INSERT INTO customers VALUES (10, 1), (20, 2);
INSERT INTO regions VALUES (1, TRUE), (2, FALSE);
UPDATE orders SET status = 'cancelled'
  FROM customers JOIN regions ON regions.id = customers.region
  WHERE customers.id = orders.customer AND regions.closed AND orders.status = 'open';
SELECT id, status FROM orders ORDER BY id;
