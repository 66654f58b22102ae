-- run: no
-- targets: sqlite
-- The table is not in the script, so SQLite cannot know the constraint's columns.
INSERT INTO elsewhere (k) VALUES (1) ON CONFLICT ON CONSTRAINT elsewhere_k_key DO NOTHING;
