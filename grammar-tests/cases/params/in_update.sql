-- params: 9, 1
CREATE TABLE t (id INT, v INT);
INSERT INTO t VALUES (1, 0), (2, 0);
UPDATE t SET v = $1 WHERE id = $2;
SELECT id, v FROM t ORDER BY id;
