-- run: no
SELECT '4.2'::int;
