-- MySQL restates a column with its comment, and a later MODIFY COLUMN keeps it.
CREATE TABLE orders (id int PRIMARY KEY, amount numeric(10,2) NOT NULL DEFAULT 0);
COMMENT ON COLUMN orders.amount IS 'Total in cents, it''s exact';
ALTER TABLE orders ALTER COLUMN amount SET DEFAULT 5;
INSERT INTO orders (id) VALUES (1);
SELECT id, amount FROM orders;
