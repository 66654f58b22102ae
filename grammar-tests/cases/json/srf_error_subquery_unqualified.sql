-- run: no
CREATE TABLE t (id INT, value INT);
SELECT e.value FROM jsonb_array_elements('[1, 2]') AS e WHERE EXISTS (SELECT 1 FROM t WHERE value = 1);
