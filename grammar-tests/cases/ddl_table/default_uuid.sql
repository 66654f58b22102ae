CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), v int);
INSERT INTO t (v) VALUES (1), (2);
SELECT length(id::text) AS len, count(*) AS n FROM t GROUP BY length(id::text);
