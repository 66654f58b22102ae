-- IN (SELECT ... LIMIT n): MySQL and MariaDB reject LIMIT there, so the
-- subquery is selected from as a derived table.
CREATE TABLE t (id INT, score INT);
INSERT INTO t VALUES (1, 50), (2, 80), (3, 70), (4, 10);
SELECT id FROM t WHERE id IN (SELECT id FROM t ORDER BY score DESC LIMIT 2) ORDER BY id;
SELECT id FROM t WHERE id NOT IN (SELECT id FROM t ORDER BY score LIMIT 1 OFFSET 1) ORDER BY id;
