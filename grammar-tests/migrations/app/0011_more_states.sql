-- Tasks can be blocked, and projects paused.
ALTER TYPE task_state ADD VALUE 'blocked' AFTER 'doing';
ALTER TYPE project_status ADD VALUE 'paused';
