-- LATERAL: SQLite and MariaDB have none.
CREATE TABLE t (id INT, n INT);
SELECT t.id, l.d FROM t, LATERAL (SELECT t.n * 2 AS d) AS l;
