-- DO UPDATE ... WHERE: only the conflicting rows that pass the condition change.
CREATE TABLE prices (sku TEXT PRIMARY KEY, price INT NOT NULL, seen INT NOT NULL DEFAULT 0);
INSERT INTO prices VALUES ('a', 10, 0), ('b', 20, 0);
INSERT INTO prices (sku, price) VALUES ('a', 5), ('b', 25), ('c', 7)
  ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price, seen = prices.seen + 1
  WHERE prices.price > EXCLUDED.price;
SELECT sku, price, seen FROM prices ORDER BY sku;
