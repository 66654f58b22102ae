-- targets: sqlite
CREATE TABLE t (v INT);
INSERT INTO t VALUES (3), (1), (2);
SELECT jsonb_agg(v ORDER BY v) ->> 0 AS smallest, jsonb_agg(v ORDER BY v DESC) ->> 0 AS largest FROM t;
