-- INTERSECT ALL keeps the duplicates both sides have: MariaDB has it, SQLite
-- numbers each side's duplicates and intersects the numbered rows.
CREATE TABLE a (v INT);
CREATE TABLE b (v INT);
INSERT INTO a VALUES (1), (1), (1), (2), (NULL);
INSERT INTO b VALUES (1), (1), (3), (NULL);
SELECT v FROM a INTERSECT ALL SELECT v FROM b ORDER BY v;
