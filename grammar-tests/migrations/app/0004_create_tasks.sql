-- Tasks, with a priority from 1 (highest) to 5.
CREATE DOMAIN priority_level AS SMALLINT CHECK (VALUE BETWEEN 1 AND 5);

CREATE TYPE task_state AS ENUM ('todo', 'doing', 'done');

CREATE TABLE tasks (
    id SERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    state task_state NOT NULL DEFAULT 'todo',
    priority priority_level NOT NULL DEFAULT 3,
    estimate VARCHAR(10),
    due_on DATE,
    CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id)
        REFERENCES projects (id) ON DELETE CASCADE
);

CREATE INDEX tasks_project_id_state_idx ON tasks (project_id, state);
