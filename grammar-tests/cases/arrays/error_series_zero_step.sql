-- run: no
SELECT * FROM generate_series(1, 10, 0);
