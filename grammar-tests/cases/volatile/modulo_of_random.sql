-- targets: sqlite
-- run: no
SELECT (random() * 10) % 3 AS m;
