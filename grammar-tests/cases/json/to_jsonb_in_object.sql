SELECT jsonb_build_object('s', to_jsonb('x'::text)) ->> 's' AS s, jsonb_build_object('n', to_jsonb(3)) ->> 'n' AS n;
