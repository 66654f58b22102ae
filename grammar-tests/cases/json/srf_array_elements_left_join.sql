CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '["a", "b"]'), (2, '[]'), (3, NULL);
SELECT d.id, e.value FROM d LEFT JOIN jsonb_array_elements_text(d.doc) AS e ON true ORDER BY d.id, e.value;
