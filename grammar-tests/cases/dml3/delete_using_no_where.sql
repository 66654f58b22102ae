-- USING without WHERE deletes every row when the other table has a row.
CREATE TABLE t (id INT);
CREATE TABLE trigger_rows (x INT);
CREATE TABLE empty_rows (x INT);
INSERT INTO t VALUES (1), (2);
INSERT INTO trigger_rows VALUES (1);
DELETE FROM t USING empty_rows;
SELECT count(*) AS n FROM t;
DELETE FROM t USING trigger_rows;
SELECT count(*) AS n FROM t;
