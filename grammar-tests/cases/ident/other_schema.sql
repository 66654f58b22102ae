-- targets: sqlite
-- run: no
SELECT * FROM sales.orders;
