-- Aggregates, FILTER, windows, booleans and NULLs over one table, in one place.
CREATE TABLE s (id int PRIMARY KEY, g text, v int, f float8, b boolean, n numeric(8,2));
INSERT INTO s VALUES (1, 'a', 1, 1.5, true, 1.25), (2, 'a', NULL, NULL, false, NULL), (3, 'b', 3, 2.5, NULL, 3.75), (4, 'B', 4, -0.5, true, 0.10), (5, NULL, 5, 1e-3, false, 2.00);
SELECT g, count(*) AS c, count(v) AS cv, sum(v) AS sv, avg(v) AS av, min(g) AS mg, max(f) AS mf, bool_and(b) AS ba, bool_or(b) AS bo, sum(n) AS sn, avg(n) AS an FROM s GROUP BY g ORDER BY g;
SELECT string_agg(g, ',' ORDER BY id) AS sa, count(DISTINCT g) AS dg, sum(v) FILTER (WHERE b) AS fs, every(v > 0) AS ev FROM s;
SELECT id, b, NOT b AS nb, b IS TRUE AS bt, b IS NOT FALSE AS bnf, coalesce(b, false) AS cb FROM s ORDER BY id;
SELECT id, row_number() OVER (PARTITION BY g ORDER BY id) AS rn, rank() OVER (ORDER BY v DESC) AS rk, lag(v) OVER (ORDER BY id) AS lg, sum(v) OVER (ORDER BY id) AS run FROM s ORDER BY id;
SELECT g FROM s GROUP BY g HAVING count(*) > 1 ORDER BY g DESC;
SELECT id FROM s ORDER BY g DESC, id LIMIT 3;
SELECT DISTINCT g FROM s ORDER BY g;
SELECT id, CASE WHEN v > 2 THEN 'hi' WHEN v IS NULL THEN 'none' ELSE 'lo' END AS k, v BETWEEN 2 AND 4 AS bw, v IN (1, NULL) AS inn FROM s ORDER BY id;
