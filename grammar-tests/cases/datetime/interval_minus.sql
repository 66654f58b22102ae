SELECT '2024-01-05 10:00:00'::timestamp - INTERVAL '3 hours 30 minutes' AS t;
