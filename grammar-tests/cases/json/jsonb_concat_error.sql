CREATE TABLE doc (id INT, j JSONB);
SELECT id, j || '{"z": 2}' AS a, j - 'b' AS b FROM doc;
