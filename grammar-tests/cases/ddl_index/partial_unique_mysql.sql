-- targets: mysql
-- run: no
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(50), deleted BOOLEAN NOT NULL DEFAULT false);
CREATE UNIQUE INDEX users_live_email ON users (email) WHERE NOT deleted;
