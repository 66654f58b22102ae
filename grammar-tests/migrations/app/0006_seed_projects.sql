-- Sample projects and tasks.
INSERT INTO projects (owner_id, name, status, budget) VALUES
    (1, 'Website', 'active', 1500.00),
    (2, 'Mobile app', 'draft', 0),
    (1, 'Archive', 'archived', NULL);

INSERT INTO tasks (project_id, title, state, priority, estimate, due_on) VALUES
    (1, 'Design landing page', 'doing', 2, '5', '2024-03-01'),
    (1, 'Write copy', 'todo', 3, '3', NULL),
    (2, 'Pick a framework', 'done', 1, NULL, '2024-02-15'),
    (3, 'Export old posts', 'todo', 5, '8', NULL);
