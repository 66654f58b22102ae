-- INSERT ... SELECT ... ON CONFLICT: SQLite needs a WHERE in the SELECT to parse.
CREATE TABLE stock (sku TEXT PRIMARY KEY, qty INT NOT NULL);
CREATE TABLE delivery (sku TEXT, qty INT);
INSERT INTO stock VALUES ('a', 1), ('b', 2);
INSERT INTO delivery VALUES ('a', 10), ('c', 30);
INSERT INTO stock (sku, qty) SELECT sku, qty FROM delivery
  ON CONFLICT (sku) DO UPDATE SET qty = stock.qty + EXCLUDED.qty;
SELECT sku, qty FROM stock ORDER BY sku;
