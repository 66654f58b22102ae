CREATE TABLE p (id INT, s TEXT);
INSERT INTO p VALUES (1, 'one::two::three'), (2, 'oneXXtwoxxthree'), (3, 'a:b::c');
SELECT id, split_part(s, '::', 2) AS f2, split_part(s, 'XX', 2) AS cs, split_part(s, '::', 3) AS f3 FROM p ORDER BY id;
