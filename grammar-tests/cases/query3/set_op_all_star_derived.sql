-- The columns of `*` over a subquery are not listed: SQLite cannot number the
-- rows of that INTERSECT ALL (PGS0210); MariaDB runs it.
CREATE TABLE a (v INT);
INSERT INTO a VALUES (1), (1), (2);
SELECT * FROM (SELECT v FROM a) AS s INTERSECT ALL SELECT v FROM a ORDER BY v;
