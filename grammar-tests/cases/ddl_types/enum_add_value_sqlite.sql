-- targets: sqlite
-- PostgreSQL cannot use a new label in the transaction that added it; the migration test (grammar-tests/migrations) inserts one.
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood);
INSERT INTO t VALUES (1, 'happy'), (2, 'sad');
ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
SELECT id, m FROM t ORDER BY m, id;
-- error: not a label of mood
INSERT INTO t VALUES (4, 'angry');
