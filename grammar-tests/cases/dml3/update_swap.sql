-- SET a = b, b = a swaps; MySQL would copy b into both: an error there.
CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT);
INSERT INTO t VALUES (1, 10, 20);
UPDATE t SET a = b, b = a;
SELECT id, a, b FROM t;
