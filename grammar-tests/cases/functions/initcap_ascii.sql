CREATE TABLE p (id INT, s TEXT);
INSERT INTO p VALUES (1, 'hello wORLD-foo_bar 3rd'), (2, ''), (3, NULL), (4, 'ALREADY Capital'), (5, 'x');
SELECT id, initcap(s) AS c FROM p ORDER BY id;
