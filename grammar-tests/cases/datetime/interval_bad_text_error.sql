-- run: no
SELECT now() + INTERVAL '1 fortnight';
