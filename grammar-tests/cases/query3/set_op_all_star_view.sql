-- The catalog keeps no column list for a view: SQLite cannot count the columns
-- of `*` over it to number the rows of EXCEPT ALL (PGS0210); MariaDB runs it.
CREATE TABLE a (v INT);
INSERT INTO a VALUES (1), (1), (2);
CREATE VIEW va AS SELECT v FROM a;
SELECT * FROM va EXCEPT ALL SELECT 1 ORDER BY v;
