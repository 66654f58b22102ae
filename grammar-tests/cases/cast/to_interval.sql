-- run: no
SELECT '1 day'::interval;
