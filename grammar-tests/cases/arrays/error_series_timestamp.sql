-- run: no
SELECT * FROM generate_series('2024-01-01'::timestamp, '2024-01-05'::timestamp, INTERVAL '1 day');
