CREATE TABLE doc (id INT, j JSON);
INSERT INTO doc VALUES (1, '{"a": 1}');
SELECT id, 'x' || (j ->> 'a') AS a FROM doc ORDER BY id;
