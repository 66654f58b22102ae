CREATE TABLE d (id INT PRIMARY KEY, doc JSONB, v JSONB);
INSERT INTO d VALUES (1, '{"a": 1}', NULL), (2, '{"a": 1}', '[1, 2]');
SELECT id, jsonb_set(doc, '{a}', v) IS NULL AS gone, jsonb_set(doc, '{a}', v) #>> '{a,1}' AS a1, jsonb_set(doc, '{a}', 'null') ->> 'a' AS a FROM d;
