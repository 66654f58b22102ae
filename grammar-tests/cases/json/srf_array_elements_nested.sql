CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"tags": [["x", "y"], ["z"]]}');
SELECT d.id, inner_e.value FROM d, jsonb_array_elements(d.doc -> 'tags') AS outer_e, jsonb_array_elements_text(outer_e.value) AS inner_e ORDER BY 2;
