-- NOT IN over a list with a NULL is never true.
CREATE TABLE a (id INT);
CREATE TABLE b (id INT);
INSERT INTO a VALUES (1), (2);
INSERT INTO b VALUES (2), (NULL);
SELECT count(*) AS n FROM a WHERE id NOT IN (SELECT id FROM b);
SELECT count(*) AS n FROM a WHERE id IN (SELECT id FROM b);
