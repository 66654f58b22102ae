CREATE TABLE t (qty INT CHECK (qty > 0), price NUMERIC(8,2), CONSTRAINT price_ok CHECK (price >= 0));
INSERT INTO t VALUES (2, 9.99);
SELECT qty, price FROM t;
