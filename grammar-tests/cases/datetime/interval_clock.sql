SELECT '2024-01-05 10:00:00'::timestamp + INTERVAL '1 day 01:30:00' AS t;
