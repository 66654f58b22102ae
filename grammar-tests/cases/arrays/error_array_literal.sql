-- run: no
CREATE TABLE items (id INT);
SELECT ARRAY[1, 2] AS a;
