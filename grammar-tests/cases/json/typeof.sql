CREATE TABLE d (id INT, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1}'), (2, '[1, 2]'), (3, '"s"'), (4, '1.5'), (5, '7'), (6, 'true'), (7, 'null'), (8, NULL);
SELECT id, jsonb_typeof(doc) AS t FROM d ORDER BY id;
