SELECT '2024-01-31'::date + 2 * INTERVAL '1 month' AS t;
