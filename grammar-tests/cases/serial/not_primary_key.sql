CREATE TABLE t (code TEXT PRIMARY KEY, seq SERIAL);
INSERT INTO t (code) VALUES ('a'), ('b');
SELECT code, seq FROM t ORDER BY seq;
