-- run: no
-- params: '[1,3]', '["x"]'
SELECT id FROM t WHERE id = ANY($1) AND name <> ALL($2) ORDER BY id;
