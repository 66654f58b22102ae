-- An unqualified name in a subquery over a FROM whose columns pgshift does not know: it could be the join's or the subquery's own (PGS0206).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT a.x, count(*), (SELECT upper(x) FROM generate_series(1, 1) AS g) AS m FROM a FULL JOIN b ON a.id = b.id GROUP BY a.x ORDER BY 1;
