SELECT '2024-02-29'::date + INTERVAL '1 year' AS t;
