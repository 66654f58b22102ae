-- targets: sqlite
SELECT '2024-01-05 10:00:00'::timestamp + INTERVAL '1.5 seconds' AS t;
