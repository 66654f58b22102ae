-- targets: mysql
-- run: no
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id INT PRIMARY KEY);
DROP SCHEMA sales;
