-- A parenthesized join on the right of a LEFT JOIN.
CREATE TABLE a (id INT);
CREATE TABLE b (id INT, c_id INT);
CREATE TABLE c (id INT, label TEXT);
INSERT INTO a VALUES (1), (2), (3);
INSERT INTO b VALUES (1, 10), (2, 20);
INSERT INTO c VALUES (10, 'ten');
SELECT a.id, c.label FROM a LEFT JOIN (b JOIN c ON c.id = b.c_id) ON b.id = a.id ORDER BY a.id;
