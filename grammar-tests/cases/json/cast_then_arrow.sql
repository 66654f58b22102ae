CREATE TABLE docs (id INT PRIMARY KEY, data JSONB);
INSERT INTO docs VALUES (1, '{"a": 1, "b": "x", "c": true, "d": null, "e": [10, 20, "s"], "f": {"g": 2.50}, "a b": "sp", "k.j": 7}'), (2, '{"a": 2, "b": "y", "c": false, "e": [], "f": {"g": -1}}'), (3, '["a", "b", 3]'), (4, NULL);
SELECT '{"x": {"y": "z"}}'::jsonb->'x'->>'y' AS v;
