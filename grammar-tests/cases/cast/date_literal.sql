SELECT '2024-01-05'::date AS d;
