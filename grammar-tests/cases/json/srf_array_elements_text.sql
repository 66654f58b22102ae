CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '[1, "s", true, null, 2.50, "a\"b", "", -0.5, 10000000000]'), (2, '[]'), (3, NULL), (4, '[false, "x y"]');
SELECT d.id, e.value FROM d, jsonb_array_elements_text(d.doc) AS e;
