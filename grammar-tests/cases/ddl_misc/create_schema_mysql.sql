-- targets: mysql
-- run: no
CREATE SCHEMA IF NOT EXISTS sales;
CREATE TABLE sales.orders (id INT PRIMARY KEY);
SELECT count(*) FROM sales.orders;
DROP SCHEMA sales CASCADE;
