CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a b": 1, "q\"x": "two", "back\\slash": 3.50, "": true, "0": "zero", "é": null}');
SELECT kv.key, kv.value FROM d, jsonb_each_text(d.doc) AS kv ORDER BY kv.key;
