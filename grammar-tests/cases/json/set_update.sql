CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"name": "a", "n": 1}');
UPDATE d SET doc = jsonb_set(doc, '{name}', to_jsonb('b'::text)) WHERE id = 1;
SELECT doc ->> 'name' AS name, doc ->> 'n' AS n FROM d;
