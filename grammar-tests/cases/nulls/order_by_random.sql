-- random() is never NULL: it sorts without a NULL test, which would draw it a second time.
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2), (3);
SELECT count(*) FROM (SELECT id FROM t ORDER BY random() LIMIT 2) AS s;
SELECT count(*) FROM (SELECT id, random() AS r FROM t ORDER BY r DESC LIMIT 2) AS s;
