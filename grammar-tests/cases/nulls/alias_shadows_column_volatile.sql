-- A volatile output expression would be drawn again by the NULL test: an error on MySQL, never a second draw.
CREATE TABLE t (id INT, y INT);
INSERT INTO t VALUES (1, 5), (2, NULL);
SELECT id, CASE WHEN random() < 2 THEN y END AS y FROM t ORDER BY y, id;
