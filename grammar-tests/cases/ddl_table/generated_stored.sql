CREATE TABLE t (id int PRIMARY KEY, price numeric(10,2), qty int, total numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED);
INSERT INTO t (id, price, qty) VALUES (1, 2.50, 4), (2, 1.25, 2);
SELECT id, total FROM t ORDER BY id;
