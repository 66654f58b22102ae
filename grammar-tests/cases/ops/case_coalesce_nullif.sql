SELECT CASE WHEN 1 > 2 THEN 'x' ELSE 'y' END AS a, CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END AS b, coalesce(NULL, 5) AS c, nullif(3, 3) AS d;
