CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1}'), (2, '{}');
SELECT id, jsonb_set(doc, '{a}', '2', false) ->> 'a' AS a, jsonb_set(doc, '{n}', '2', false) ? 'n' AS has_n FROM d;
