-- run: no
SELECT * FROM unnest(ARRAY[1, 2]);
