-- targets: mysql
SELECT power(2, 10), sqrt(16), power(2.0, 0.5) > 1.41;
