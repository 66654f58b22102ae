-- run: no
SELECT INTERVAL '1 day' AS i;
