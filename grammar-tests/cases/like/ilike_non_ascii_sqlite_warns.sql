-- targets: sqlite
-- run: no
SELECT 'École' ILIKE 'éc%';
