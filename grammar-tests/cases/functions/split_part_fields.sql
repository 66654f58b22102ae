CREATE TABLE p (id INT, s TEXT);
INSERT INTO p VALUES (1, 'a,b,c'), (2, 'a,,c'), (3, ',x'), (4, 'abc'), (5, NULL), (6, ''), (7, 'é,ü,😀');
SELECT id, split_part(s, ',', 1) AS f1, split_part(s, ',', 2) AS f2, split_part(s, ',', 3) AS f3, split_part(s, ',', 4) AS f4 FROM p ORDER BY id;
