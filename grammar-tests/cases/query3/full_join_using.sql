-- FULL JOIN USING merges the key from whichever side has it: COALESCE(a.id, b.id).
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');
SELECT id, x, y FROM a FULL OUTER JOIN b USING (id) ORDER BY id, x, y;
SELECT id, a.id AS a_id, b.id AS b_id FROM a FULL JOIN b USING (id) WHERE id > 1 ORDER BY id, a_id;
