CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '[1, "s", true, null, 2.50, "", 1e2]'), (2, '[]'), (3, NULL), (4, '[-7, false]');
SELECT d.id, e.value #>> '{}' AS v, jsonb_typeof(e.value) AS t FROM d, jsonb_array_elements(d.doc) AS e;
