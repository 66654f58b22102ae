SELECT jsonb_set('{"a b": 1}', '{a b}', '2') ->> 'a b' AS v, jsonb_set('{"a.b": 1}', '{a.b}', '3') ->> 'a.b' AS w;
