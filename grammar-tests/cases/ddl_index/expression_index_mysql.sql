-- targets: mysql
-- schema: skip (the mysql profile skips an expression index with warning PGS0535)
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(50));
CREATE INDEX users_email_lower ON users (lower(email));
INSERT INTO users VALUES (1, 'A@x');
SELECT id FROM users WHERE lower(email) = 'a@x';
