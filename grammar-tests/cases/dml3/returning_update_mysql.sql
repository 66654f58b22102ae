-- targets: mysql
-- MySQL 8 has no RETURNING, and MariaDB has none on UPDATE: an error.
CREATE TABLE t (id INT PRIMARY KEY, n INT);
UPDATE t SET n = 1 RETURNING id;
