CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(10));
CREATE TABLE b (id INT PRIMARY KEY, a_id INT, v INT);
INSERT INTO a VALUES (1, 'x'), (2, 'y');
INSERT INTO b VALUES (1, 1, 5), (2, 1, 6), (3, 2, 7);
CREATE VIEW totals AS SELECT a.name, sum(b.v) AS total FROM a JOIN b ON b.a_id = a.id GROUP BY a.name;
SELECT name, total FROM totals ORDER BY name;
