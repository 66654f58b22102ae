SELECT '2024-01-31 10:00:00'::timestamp + INTERVAL '1 month -1 day' AS t;
