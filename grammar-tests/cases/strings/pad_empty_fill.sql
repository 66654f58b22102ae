CREATE TABLE s (id INT, v TEXT);
INSERT INTO s VALUES (1, 'hi'), (2, 'hello'), (3, ''), (4, NULL);
SELECT id, lpad(v, 4, '') AS a, rpad(v, 4, '') AS b, lpad(v, 4, '*') AS c FROM s ORDER BY id;
