-- Follow-up statements for the migration folder `app/`: the migration test runs
-- them after the migrations, on every engine, and compares their rows. Each
-- statement marked `-- error` must fail on every engine.

-- Defaults fill what an INSERT leaves out.
INSERT INTO users (email) VALUES ('dana@example.com');
INSERT INTO boards (owner_id, title) VALUES (4, 'Dana''s board');
INSERT INTO tasks (board_id, title, due_on) VALUES (4, 'Plan the week', '2025-01-06');
INSERT INTO tasks (board_id, title, state, priority, due_on)
VALUES (4, 'Wait for review', 'blocked', 1, '2025-01-10');
INSERT INTO comments (task_id, author_id, body) VALUES (5, 4, 'Started');
INSERT INTO task_labels (task_id, label_id) VALUES (5, 1);
UPDATE boards SET status = 'paused' WHERE title = 'Archive';

SELECT id, email, full_name, is_admin, created_at IS NOT NULL AS stamped
FROM users ORDER BY id;
SELECT id, owner_id, title, status, budget, created_at IS NOT NULL AS stamped
FROM boards ORDER BY id;
SELECT id, board_id, title, state, priority, estimate, due_on FROM tasks ORDER BY id;
SELECT id, task_id, author_id, body, edited FROM comments ORDER BY id;
SELECT l.name, l.color, tl.task_id
FROM labels l JOIN task_labels tl ON tl.label_id = l.id
ORDER BY l.name, tl.task_id;
SELECT id, title, board, state, due_on FROM open_tasks ORDER BY id;

-- Constraints are enforced.
-- error: users.email is unique
INSERT INTO users (email) VALUES ('ann@example.com');
-- error: a task needs a due date
INSERT INTO tasks (board_id, title) VALUES (4, 'No due date');
-- error: the estimate check allows 1 to 40
INSERT INTO tasks (board_id, title, estimate, due_on) VALUES (4, 'Huge', 100, '2025-02-01');
-- error: the priority_level domain allows 1 to 5
INSERT INTO tasks (board_id, title, priority, due_on) VALUES (4, 'Urgent', 9, '2025-02-01');
-- error: task titles are unique within a board
INSERT INTO tasks (board_id, title, due_on) VALUES (4, 'Plan the week', '2025-02-01');
-- error: the board must exist
INSERT INTO tasks (board_id, title, due_on) VALUES (99, 'Orphan', '2025-02-01');
-- error: not a task state
INSERT INTO tasks (board_id, title, state, due_on) VALUES (4, 'Someday', 'someday', '2025-02-01');
-- error: the budget check rejects negative budgets
UPDATE boards SET budget = -1 WHERE id = 1;
-- error: board titles are unique per owner
INSERT INTO boards (owner_id, title) VALUES (1, 'Website');
-- error: labels.name is unique
INSERT INTO labels (name) VALUES ('bug');
-- error: comments.edited became NOT NULL
INSERT INTO comments (task_id, body, edited) VALUES (1, 'Hmm', NULL);
-- error: a label is attached to a task once
INSERT INTO task_labels (task_id, label_id) VALUES (1, 2);

-- Deleting a user keeps their comments without an author; deleting a board
-- deletes its tasks, their comments and their labels; deleting a user deletes
-- their boards.
DELETE FROM users WHERE email = 'cy@example.com';
SELECT id, task_id, author_id, body FROM comments ORDER BY id;
DELETE FROM boards WHERE id = 1;
DELETE FROM users WHERE email = 'bob@example.com';
SELECT id, board_id, title FROM tasks ORDER BY id;
SELECT id, task_id, author_id, body FROM comments ORDER BY id;
SELECT task_id, label_id FROM task_labels ORDER BY task_id, label_id;
SELECT id, owner_id, title FROM boards ORDER BY id;
SELECT id, email FROM users ORDER BY id;
