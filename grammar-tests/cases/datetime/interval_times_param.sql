-- params: 4
SELECT '2024-01-05'::date + INTERVAL '1 day' * $1::int AS t;
