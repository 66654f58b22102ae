-- run: no
SELECT INTERVAL '1 day' * 2 AS i;
