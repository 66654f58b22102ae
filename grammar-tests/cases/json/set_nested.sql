CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1, "b": {"c": "x"}}'), (2, '{"b": 3}'), (3, '{}');
SELECT id, jsonb_set(doc, '{b,c}', '"y"') #>> '{b,c}' AS c, jsonb_set(doc, '{b,d}', 'true') #>> '{b,d}' AS d, jsonb_set(doc, '{q,r}', '1') ? 'q' AS q FROM d;
