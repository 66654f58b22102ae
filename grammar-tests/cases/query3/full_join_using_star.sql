-- SELECT * over FULL JOIN USING lists the merged key first, then each side's other columns.
CREATE TABLE a (id INT NOT NULL, x TEXT);
CREATE TABLE b (id INT, y TEXT, z INT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2', 20), (3, 'b3', 30), (NULL, 'bnull', 40);
SELECT * FROM a FULL JOIN b USING (id) ORDER BY id;
SELECT * FROM a AS l FULL JOIN b AS r USING (id) WHERE r.z > 20 OR l.x = 'a1' ORDER BY z;
