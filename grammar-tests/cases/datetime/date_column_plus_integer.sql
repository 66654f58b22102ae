-- A column declared date in a table the script created is a date to the
-- date_arithmetic rule: due_on + 7 adds days, due_on - opened_on counts them,
-- in a SELECT, an UPDATE and a WHERE alike.
CREATE TABLE tasks (id int PRIMARY KEY, opened_on date, due_on date, grace int);
INSERT INTO tasks VALUES (1, '2024-01-25', '2024-01-31', 2), (2, '2024-12-20', '2024-12-30', 5), (3, '2024-02-27', NULL, 1);
SELECT id, due_on + 7 AS week_later, due_on - opened_on AS span, t.due_on + t.grace AS with_grace,
       1 + opened_on AS day_after, due_on - 1 AS day_before
FROM tasks AS t ORDER BY id;
UPDATE tasks SET due_on = due_on + grace WHERE id = 2;
SELECT id, due_on FROM tasks WHERE due_on - opened_on > 7 ORDER BY id;
