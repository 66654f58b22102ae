SELECT '2024-01-31'::date + INTERVAL '1 month' + INTERVAL '1 month' AS t;
