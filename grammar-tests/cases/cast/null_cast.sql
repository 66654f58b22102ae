SELECT NULL::int AS a, NULL::date AS b;
