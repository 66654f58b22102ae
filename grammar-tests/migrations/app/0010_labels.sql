-- Labels, attached to tasks through a join table.
CREATE TABLE labels (
    id SERIAL PRIMARY KEY,
    name VARCHAR(40) NOT NULL,
    color CHAR(7) NOT NULL DEFAULT '#cccccc'
);

ALTER TABLE labels ADD CONSTRAINT labels_name_key UNIQUE (name);

CREATE TABLE task_labels (
    task_id INTEGER NOT NULL,
    label_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, label_id)
);

ALTER TABLE task_labels ADD CONSTRAINT task_labels_task_id_fkey
    FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE task_labels ADD CONSTRAINT task_labels_label_id_fkey
    FOREIGN KEY (label_id) REFERENCES labels (id) ON DELETE CASCADE;

CREATE INDEX task_labels_label_id_idx ON task_labels (label_id);

INSERT INTO labels (name, color) VALUES ('bug', '#d73a4a'), ('feature', '#a2eeef');
INSERT INTO labels (name) VALUES ('chore');
INSERT INTO task_labels (task_id, label_id) VALUES (1, 2), (2, 2), (4, 3);
