CREATE TABLE d (id INT PRIMARY KEY, doc JSONB);
INSERT INTO d VALUES (1, '{"a": 1, "b": 2}'), (2, '{"c": 3}');
SELECT d.id, (SELECT count(*) FROM jsonb_each(d.doc) AS kv) AS n FROM d ORDER BY d.id;
