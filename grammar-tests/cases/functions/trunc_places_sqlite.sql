-- targets: sqlite
-- run: no
SELECT trunc(2.789, 1);
