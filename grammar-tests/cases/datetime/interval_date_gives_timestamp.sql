SELECT '2024-01-05'::date + INTERVAL '1 day' AS t;
