-- Window functions over a FULL JOIN, partitioned by the merged USING key.
CREATE TABLE a (id INT, x TEXT);
CREATE TABLE b (id INT, y TEXT);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (2, 'a2bis'), (NULL, 'anull');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (3, 'b3bis'), (NULL, 'bnull');
SELECT id, x, y, row_number() OVER (PARTITION BY id ORDER BY x, y) AS rn FROM a FULL JOIN b USING (id) ORDER BY id, x, y;
SELECT a.x, b.y, count(*) OVER w AS cnt FROM a FULL JOIN b ON a.id = b.id WINDOW w AS (PARTITION BY b.id) ORDER BY 1, 2;
