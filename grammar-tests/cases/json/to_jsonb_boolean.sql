CREATE TABLE f (id INT PRIMARY KEY, ok BOOLEAN);
INSERT INTO f VALUES (1, true), (2, false), (3, NULL);
SELECT id, to_jsonb(ok) #>> '{}' AS v, jsonb_typeof(to_jsonb(id > 1)) AS t FROM f;
