-- Several CTEs, each reading the one before.
CREATE TABLE orders (id INT, customer TEXT, amount INT);
INSERT INTO orders VALUES (1, 'ann', 10), (2, 'ann', 20), (3, 'bob', 5), (4, 'cid', 50);
WITH totals AS (SELECT customer, sum(amount) AS total FROM orders GROUP BY customer),
     ranked AS (SELECT customer, total, rank() OVER (ORDER BY total DESC) AS r FROM totals)
SELECT customer, total FROM ranked WHERE r <= 2 ORDER BY r;
