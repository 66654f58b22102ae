-- Estimates become story points: whole numbers, 1 by default.
ALTER TABLE tasks ALTER COLUMN estimate TYPE INTEGER USING estimate::integer;
ALTER TABLE tasks ALTER COLUMN estimate SET DEFAULT 1;
ALTER TABLE tasks ADD CONSTRAINT tasks_estimate_check CHECK (estimate > 0);
