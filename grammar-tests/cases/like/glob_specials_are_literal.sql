CREATE TABLE p (v TEXT);
INSERT INTO p VALUES ('a*b'), ('axb'), ('a?b'), ('[x]');
SELECT v FROM p WHERE v LIKE 'a*%' OR v LIKE '[%';
