SELECT '2024-01-05'::date + INTERVAL '2 weeks' AS t;
