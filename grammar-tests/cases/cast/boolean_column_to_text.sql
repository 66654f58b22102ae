CREATE TABLE s (id INT, b BOOLEAN);
INSERT INTO s VALUES (1, TRUE), (2, FALSE), (3, NULL);
SELECT id, b::text AS a, CAST(b AS varchar) AS c FROM s ORDER BY id;
