-- run: no
SELECT pg_sleep(1);
SELEC 2;
SELECT 'ok';
