CREATE TABLE parent (id INT PRIMARY KEY);
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT REFERENCES parent (id));
CREATE TABLE grandchild (id INT PRIMARY KEY, child_id INT REFERENCES child (id));
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1, 1);
INSERT INTO grandchild VALUES (1, 1);
TRUNCATE parent CASCADE;
SELECT count(*) FROM child;
SELECT count(*) FROM grandchild;
