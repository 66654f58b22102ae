-- targets: mysql
-- run: no
-- The mysql profile's utf8mb4_bin is PAD SPACE: 'a' = 'a ' holds there, where
-- PostgreSQL says false. A literal with trailing spaces in a comparison gets
-- warning PGS0136, as text columns do (the mariadb, mysql8 and planetscale
-- profiles use a NO PAD collation instead).
SELECT 'a' = 'a ' AS pad, $1 IN ('b ', 'c') AS inn, 'a' = 'a' AS plain;
