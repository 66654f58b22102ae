SELECT '2024-01-05 10:00:00'::timestamp + INTERVAL '2 days ago' AS t;
