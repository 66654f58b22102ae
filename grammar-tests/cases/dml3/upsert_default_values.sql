-- run: no
-- DEFAULT VALUES with ON CONFLICT: SQLite's grammar has no upsert there, and
-- MySQL's no-op update has no column to name.
CREATE TABLE t (k INT PRIMARY KEY DEFAULT 1);
INSERT INTO t DEFAULT VALUES ON CONFLICT DO NOTHING;
