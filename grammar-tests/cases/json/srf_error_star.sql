-- run: no
SELECT * FROM jsonb_array_elements('[1, 2]');
