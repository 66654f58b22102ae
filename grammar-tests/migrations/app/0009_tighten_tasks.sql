-- Every task gets a due date, estimates are capped, and titles are unique
-- within a project.
UPDATE tasks SET due_on = DATE '2024-12-31' WHERE due_on IS NULL;
ALTER TABLE tasks ALTER COLUMN due_on SET NOT NULL;

ALTER TABLE tasks DROP CONSTRAINT tasks_estimate_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_estimate_check CHECK (estimate BETWEEN 1 AND 40);

ALTER TABLE tasks ADD CONSTRAINT tasks_project_id_title_key UNIQUE (project_id, title);

UPDATE comments SET edited = false WHERE edited IS NULL;
ALTER TABLE comments ALTER COLUMN edited SET NOT NULL;
