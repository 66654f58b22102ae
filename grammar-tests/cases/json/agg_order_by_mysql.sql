-- targets: mysql
-- run: no
SELECT jsonb_agg(v ORDER BY v) FROM t;
