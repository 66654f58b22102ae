-- Projects are called boards in the product now.
ALTER TABLE projects RENAME TO boards;
ALTER TABLE boards RENAME COLUMN name TO title;
ALTER TABLE tasks RENAME COLUMN project_id TO board_id;
ALTER TABLE boards ALTER COLUMN budget SET DEFAULT 100.00;
