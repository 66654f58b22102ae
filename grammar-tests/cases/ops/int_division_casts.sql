SELECT 7::int / 2::int AS a, (3 + 4) / 2 AS b, count(*) / 2 AS c FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) s;
