-- targets: mysql
SELECT trunc(2.789, 1), trunc(-2.789, 2);
