-- A FULL JOIN beside another join whose side is a function: pgshift does not know its columns (PGS0206).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE c (id INT, z TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO c VALUES (1, 'c1'), (3, 'c3');
SELECT a.x, g.n, c.z FROM a FULL JOIN generate_series(1, 3) AS g(n) ON g.n = a.id LEFT JOIN c ON c.id = g.n ORDER BY 1, 2, 3;
