-- run: no
-- DEFAULT VALUES with ON CONFLICT: SQLite's grammar has no upsert there (an error);
-- MySQL's no-op update names the table's first column, from the catalog.
CREATE TABLE t (k INT PRIMARY KEY DEFAULT 1);
INSERT INTO t DEFAULT VALUES ON CONFLICT DO NOTHING;
