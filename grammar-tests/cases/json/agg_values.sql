CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3);
SELECT json_typeof(json_agg(v)) AS t, jsonb_typeof(jsonb_agg(v) -> 0) AS first_type FROM t;
