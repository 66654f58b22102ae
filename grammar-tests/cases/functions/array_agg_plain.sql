-- run: no
SELECT array_agg(id) FROM (SELECT 1 AS id) s;
