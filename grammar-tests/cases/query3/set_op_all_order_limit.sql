-- ORDER BY, LIMIT and OFFSET apply to the whole result; a parenthesized side
-- keeps its own.
CREATE TABLE a (v INT, w TEXT);
CREATE TABLE b (v INT, w TEXT);
INSERT INTO a VALUES (1, 'x'), (1, 'x'), (2, 'y'), (3, 'z'), (3, 'z'), (3, 'z'), (NULL, 'n');
INSERT INTO b VALUES (1, 'x'), (3, 'z'), (3, 'z'), (2, 'y'), (NULL, 'n'), (4, 'q');
SELECT v, w FROM a INTERSECT ALL SELECT v, w FROM b ORDER BY v DESC LIMIT 3;
SELECT v, w FROM a INTERSECT ALL SELECT v, w FROM b ORDER BY 2, 1 LIMIT 2 OFFSET 1;
SELECT v AS num, w FROM a EXCEPT ALL SELECT v, w FROM b ORDER BY num NULLS FIRST;
(SELECT v FROM a ORDER BY v DESC LIMIT 4) INTERSECT ALL (SELECT v FROM b ORDER BY v LIMIT 4) ORDER BY v;
SELECT v FROM a EXCEPT ALL (SELECT v FROM b ORDER BY v DESC LIMIT 2) ORDER BY v;
