CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TABLE task (id int PRIMARY KEY, lvl level);
CREATE TABLE note (task_id int, body text);
INSERT INTO task VALUES (1, 'high'), (2, 'low'), (3, 'mid');
INSERT INTO note VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT n.body, k.lvl FROM note n JOIN task k ON k.id = n.task_id ORDER BY k.lvl;
