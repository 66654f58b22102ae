SELECT jsonb_build_array(1, 'two', NULL) ->> 1 AS second, jsonb_typeof(jsonb_build_array(1, 'two') -> 0) AS t, json_build_array(TRUE, 3.5) ->> 0 AS b;
