CREATE TABLE t (a JSON, b JSONB);
INSERT INTO t VALUES ('[1,2]', '{}');
SELECT count(*) AS n FROM t;
