CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '["b", "a"]'), (2, '["c"]');
SELECT d.id, v FROM d, jsonb_array_elements_text(d.doc) AS e(v) ORDER BY v;
