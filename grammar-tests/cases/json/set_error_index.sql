-- run: no
SELECT jsonb_set('[1, 2]', '{0}', '5');
