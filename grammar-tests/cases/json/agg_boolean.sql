CREATE TABLE t (v INT);
INSERT INTO t VALUES (1);
SELECT jsonb_agg(v > 0) ->> 0 AS b FROM t;
