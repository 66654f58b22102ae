-- targets: sqlite
-- run: no
SELECT power(2, 10), sqrt(16);
