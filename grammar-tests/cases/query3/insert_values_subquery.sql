-- An INSERT's VALUES list stays; a VALUES query inside it is converted.
CREATE TABLE t (id INT, n INT);
INSERT INTO t VALUES (1, (SELECT count(*) FROM (VALUES (1), (2), (3)) AS v)), (2, 0);
SELECT id, n FROM t ORDER BY id;
