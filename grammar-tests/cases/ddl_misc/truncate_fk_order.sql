CREATE TABLE parent (id INT PRIMARY KEY);
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT REFERENCES parent (id));
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1, 1);
TRUNCATE parent, child;
SELECT count(*) FROM parent;
SELECT count(*) FROM child;
