CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1, "b": "x", "c": {"d": [1, 2]}}'), (2, '{}'), (3, NULL), (4, '{"z": null}');
SELECT d.id, kv.key, jsonb_typeof(kv.value) AS t, kv.value ->> 'd' IS NULL AS no_d FROM d, jsonb_each(d.doc) AS kv;
