CREATE TABLE s (id INT, v TEXT, w VARCHAR(20));
INSERT INTO s VALUES (1, 'abc', 'abcdef'), (2, 'ABC', 'ABCDEF'), (3, 'abc', 'abc');
SELECT id, v::varchar = 'ABC' AS a, CAST(v AS varchar(10)) = 'ABC' AS b, v::text < 'B' AS c, w::varchar(3) AS d, w::varchar(3) = 'ABC' AS e FROM s ORDER BY id;
SELECT v::varchar(10) AS k, count(*) AS n FROM s GROUP BY v::varchar(10) ORDER BY k;
