-- RETURNING * after UPDATE ... FROM returns the FROM tables' columns too in
-- PostgreSQL; SQLite's RETURNING sees only the updated table: an error.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE s (id INT, w TEXT);
UPDATE t SET v = s.w FROM s WHERE s.id = t.id RETURNING *;
