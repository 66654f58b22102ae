-- targets: sqlite
-- run: no
CREATE SCHEMA sales;
