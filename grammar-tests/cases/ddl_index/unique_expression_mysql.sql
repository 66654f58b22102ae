-- targets: mysql
-- run: no
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(50));
CREATE UNIQUE INDEX users_email_ci ON users (lower(email));
