CREATE TABLE p (id INT PRIMARY KEY, name TEXT);
INSERT INTO p VALUES (1, 'ann'), (2, 'say "hi"'), (3, NULL), (4, 'null');
SELECT id, to_jsonb(name::text) #>> '{}' AS v, jsonb_typeof(to_jsonb(name::text)) AS t, to_jsonb(name::text) IS NULL AS n FROM p;
