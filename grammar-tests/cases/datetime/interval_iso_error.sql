-- run: no
SELECT now() + INTERVAL 'P1D';
