-- Comments on tasks; they survive their author's account.
CREATE TABLE comments (
    id SERIAL PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now(),
    edited BOOLEAN DEFAULT false
);

CREATE INDEX comments_task_id_idx ON comments (task_id);
CREATE INDEX comments_unedited_idx ON comments (created_at DESC) WHERE NOT edited;

INSERT INTO comments (task_id, author_id, body) VALUES
    (1, 2, 'Looks good'),
    (1, 3, 'Needs a darker header'),
    (4, 1, 'Only posts after 2020');
