-- run: no
SELECT pg_sleep(1);
