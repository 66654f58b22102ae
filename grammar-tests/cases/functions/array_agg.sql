-- run: no
SELECT array_agg(id ORDER BY id) FROM (SELECT 1 AS id) s;
