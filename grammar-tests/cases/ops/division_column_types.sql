-- Division with the operand types the catalog declares. PostgreSQL truncates
-- int / int (also -v / 2) and divides a numeric exactly: n / 4 with n = 2.00
-- is 0.5, and 5::numeric / 2 is 2.5. SQLite's NUMERIC affinity holds 2.00 as the integer 2, whose / 4 is
-- 0, so the dividend becomes REAL; MySQL's / on integers gives a decimal, so
-- int / int becomes DIV.
CREATE TABLE s (id int PRIMARY KEY, g text, v int, f float8, b boolean, n numeric(8,2));
INSERT INTO s VALUES (1, 'a', 1, 1.5, true, 1.25), (2, 'a', NULL, NULL, false, NULL), (3, 'b', 3, 2.5, NULL, 3.75), (4, 'B', 4, -0.5, true, 0.10), (5, NULL, 5, 1e-3, false, 2.00);
SELECT id, v / 2 AS half, v % 2 AS odd, -v / 2 AS neg, f * 2 AS f2, n * 3 AS n3, n / 4 AS n4, v::float8 / 3 AS fd FROM s ORDER BY id;
SELECT id, n / v AS per, 5::numeric / 2 AS lit, (v + 1) / 2 AS sum_half FROM s ORDER BY id;
