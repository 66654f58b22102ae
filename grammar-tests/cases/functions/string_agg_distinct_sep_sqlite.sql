-- targets: sqlite
-- run: no
SELECT string_agg(DISTINCT v, ' / ') FROM (SELECT 'a' AS v) s;
