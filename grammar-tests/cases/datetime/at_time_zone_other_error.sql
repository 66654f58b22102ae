-- run: no
SELECT now() AT TIME ZONE 'Europe/Paris';
