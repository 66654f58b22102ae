SELECT jsonb_build_object('a', 1, 'b', 'x', 'c', NULL) ->> 'b' AS b, jsonb_build_object('a', 1) ->> 'a' AS a, jsonb_build_object('a', 1, 'c', NULL) ->> 'c' AS c;
