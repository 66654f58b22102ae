-- targets: sqlite
-- RETURNING on a multi-row INSERT, with an expression and a default.
CREATE TABLE t (id SERIAL PRIMARY KEY, v TEXT, n INT DEFAULT 7);
INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id, v || '!' AS shout, n;
