-- targets: sqlite
CREATE TABLE users (id INT PRIMARY KEY, email TEXT);
CREATE INDEX ON users (lower(email));
DROP INDEX users_lower_idx;
INSERT INTO users VALUES (1, 'A@x');
SELECT id FROM users WHERE lower(email) = 'a@x';
