SELECT -'-7'::int AS a, '-7'::int AS b, - -1 AS c;
