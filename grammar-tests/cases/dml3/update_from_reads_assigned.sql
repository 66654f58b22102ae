-- A multi-table UPDATE gives MySQL no assignment order, so an assignment that
-- reads another assigned column is an error there; SQLite is exact.
CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT);
CREATE TABLE s (id INT, x INT);
INSERT INTO t VALUES (1, 1, 2);
INSERT INTO s VALUES (1, 9);
UPDATE t SET a = s.x, b = t.a FROM s WHERE s.id = t.id;
SELECT id, a, b FROM t;
