-- RETURNING a column of the USING table: SQLite's RETURNING cannot, MySQL has none.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT, why TEXT);
DELETE FROM t USING s WHERE s.id = t.id RETURNING t.id, s.why;
