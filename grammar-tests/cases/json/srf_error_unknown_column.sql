-- run: no
SELECT e.type FROM jsonb_array_elements('[1, 2]') AS e;
