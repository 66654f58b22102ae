SELECT '2024-01-05 10:00:00'::timestamp + INTERVAL '1 day 2 hours' AS t;
