-- targets: mysql
-- run: no
CREATE TABLE parent (id SERIAL PRIMARY KEY);
CREATE TABLE child (id INT PRIMARY KEY, parent_id INT REFERENCES parent (id));
TRUNCATE parent, child RESTART IDENTITY;
