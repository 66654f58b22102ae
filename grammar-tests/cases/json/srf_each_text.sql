CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1, "b": "x", "c": true, "d": null, "e": 2.50, "f": false, "g": -3}'), (2, '{}'), (3, NULL);
SELECT d.id, kv.key, kv.value FROM d, jsonb_each_text(d.doc) AS kv;
