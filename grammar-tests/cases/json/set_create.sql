CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1, "b": {"c": "x"}}'), (2, '{}'), (3, NULL);
SELECT id, jsonb_set(doc, '{z}', '5') ->> 'z' AS z, jsonb_set(doc, '{a}', '"s"') ->> 'a' AS a FROM d;
