-- targets: mysql
-- run: no
CREATE TABLE users (id INT PRIMARY KEY, email TEXT);
CREATE UNIQUE INDEX users_email ON users (email);
