SELECT to_jsonb(42) #>> '{}' AS i, to_jsonb(2.50) #>> '{}' AS d, jsonb_typeof(to_jsonb(7)) AS t, to_jsonb(NULL::int) IS NULL AS n;
