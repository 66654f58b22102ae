CREATE TABLE f (id INT, b BOOLEAN);
INSERT INTO f VALUES (1, TRUE), (2, FALSE), (3, NULL);
SELECT id, jsonb_build_object('b', b) ->> 'b' AS v, jsonb_typeof(jsonb_build_object('b', b) -> 'b') AS t FROM f ORDER BY id;
