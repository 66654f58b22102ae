-- run: no
SELECT to_jsonb(DATE '2024-01-05');
