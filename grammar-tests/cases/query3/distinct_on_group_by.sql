-- DISTINCT ON over grouped rows, ordered by an aggregate alias.
CREATE TABLE sales (region TEXT, rep TEXT, amount INT);
INSERT INTO sales VALUES ('n', 'a', 5), ('n', 'a', 5), ('n', 'b', 7), ('s', 'c', 1), ('s', 'd', 2);
SELECT DISTINCT ON (region) region, rep, sum(amount) AS total FROM sales GROUP BY region, rep ORDER BY region, total DESC;
