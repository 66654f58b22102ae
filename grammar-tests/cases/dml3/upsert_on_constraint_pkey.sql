-- The primary key by PostgreSQL's generated name, and a named composite unique constraint.
CREATE TABLE stock (sku text PRIMARY KEY, site int NOT NULL, qty int NOT NULL, CONSTRAINT stock_site_qty UNIQUE (site, qty));
INSERT INTO stock VALUES ('a', 1, 10), ('b', 2, 20);
INSERT INTO stock VALUES ('a', 3, 5) ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET qty = stock.qty + EXCLUDED.qty;
INSERT INTO stock VALUES ('c', 2, 20) ON CONFLICT ON CONSTRAINT stock_site_qty DO NOTHING;
SELECT sku, site, qty FROM stock ORDER BY sku;
