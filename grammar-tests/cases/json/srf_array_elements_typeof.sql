SELECT jsonb_typeof(e.value) AS t, count(*) AS n FROM jsonb_array_elements('[1, 2.5, "s", true, false, null, [1], {"a": 1}]') AS e GROUP BY jsonb_typeof(e.value) ORDER BY t;
