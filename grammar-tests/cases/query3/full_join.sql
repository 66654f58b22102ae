-- FULL JOIN ON: matches, unmatched rows of both sides, NULL keys (which match nothing), duplicate keys and a NULL value.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull'), (4, 'a4');
INSERT INTO b VALUES (2, 'b2'), (2, 'b2bis'), (3, 'b3'), (NULL, 'bnull'), (5, NULL);
SELECT a.id, a.x, b.id, b.y FROM a FULL JOIN b ON a.id = b.id ORDER BY a.x, b.y;
SELECT a.x, b.y FROM a FULL OUTER JOIN b ON a.id = b.id AND b.y <> 'b2bis' ORDER BY 1, 2;
