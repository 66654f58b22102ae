-- run: no
-- params: '{a}'
SELECT jsonb_set('{"a": 1}', $1, '5');
