SELECT '2024-03-31'::date - INTERVAL '1 month' AS t;
