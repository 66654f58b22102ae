-- targets: sqlite
CREATE TABLE jobs (id INT, state TEXT);
INSERT INTO jobs VALUES (1, 'new');
SELECT id FROM jobs WHERE state = 'new' LIMIT 1 FOR UPDATE SKIP LOCKED;
