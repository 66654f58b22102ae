SELECT INTERVAL '2 days' + '2024-01-05 10:00:00'::timestamp AS t;
