-- targets: sqlite
-- PostgreSQL's text counts trailing spaces: 'a' and 'a ' are two keys, and
-- = 'a' finds one of them. SQLite's BINARY collation agrees. (MySQL's
-- utf8mb4_bin does not: see grammar-tests/tests/profiles.rs, and PGS0136.)
CREATE TABLE pads (name text UNIQUE, code varchar(5));
INSERT INTO pads VALUES ('a', 'x'), ('a ', 'x ');
SELECT name || '|' AS n FROM pads WHERE name = 'a' AND code = 'x' ORDER BY 1;
