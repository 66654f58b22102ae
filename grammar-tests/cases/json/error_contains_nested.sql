-- run: no
-- targets: sqlite
CREATE TABLE docs (id INT, data JSONB);
SELECT id FROM docs WHERE data @> '{"e": [10]}';
