SELECT '42'::int AS a, '-7'::integer AS b, CAST('12' AS BIGINT) AS c;
