-- targets: sqlite
-- run: no
TRUNCATE somewhere RESTART IDENTITY;
