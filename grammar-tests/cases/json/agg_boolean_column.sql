CREATE TABLE f (id INT, b BOOLEAN);
INSERT INTO f VALUES (1, TRUE), (2, FALSE);
SELECT jsonb_agg(b ORDER BY id) ->> 0 AS first, jsonb_agg(b ORDER BY id) ->> 1 AS second FROM f;
