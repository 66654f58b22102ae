-- targets: mysql
-- MySQL 8 has no RETURNING on INSERT (MariaDB has, profile mariadb): an error for the common profile.
CREATE TABLE t (id SERIAL PRIMARY KEY, v TEXT);
INSERT INTO t (v) VALUES ('a') RETURNING id;
