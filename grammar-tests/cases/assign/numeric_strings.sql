CREATE TABLE prices (id int PRIMARY KEY, amount numeric(10,2), qty integer, ratio double precision);
INSERT INTO prices VALUES (1, '12.50', '007', '.5'), (2, '-3.', '+4', '1e2');
SELECT id, amount, qty, ratio, qty * 2 AS twice FROM prices ORDER BY id;
