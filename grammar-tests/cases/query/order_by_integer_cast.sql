-- An integer cast of a literal in ORDER BY is a constant sort key in PostgreSQL,
-- not a column position: it must not be folded to a bare integer, which both
-- targets would read as a position (found by the `structured` fuzz target).
CREATE TABLE ob (id int PRIMARY KEY, v text);
INSERT INTO ob VALUES (2, 'b'), (1, 'a'), (3, 'c');
SELECT v FROM ob ORDER BY CAST('0' AS integer), id;
SELECT v FROM ob ORDER BY '2'::int, id DESC;
SELECT v, id FROM ob ORDER BY 7::bigint, v DESC;
SELECT v FROM ob ORDER BY 1;
SELECT v FROM ob ORDER BY (- CAST('0' AS integer)), id DESC;
