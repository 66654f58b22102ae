-- params: 3
-- PostgreSQL adds whole days to a date and gives a date, and subtracts two
-- dates into the days between them. The targets' + and - are numeric
-- (SQLite: '2024-01-31' + 1 is 2025; MySQL: 20240132).
CREATE TABLE due (id int PRIMARY KEY, opened date, closed date);
INSERT INTO due VALUES (1, '2024-01-31', '2024-03-01'), (2, '2024-12-30', '2025-01-02'), (3, '2024-02-28', NULL);
SELECT id, opened::date + 1 AS next_day, opened::date - $1::int AS earlier,
       closed::date - opened::date AS days_open, 7 + opened::date AS week_on,
       date '2024-03-01' - 1 AS feb_end, opened::date + id AS plus_id
FROM due ORDER BY id;
