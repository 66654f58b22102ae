-- targets: sqlite
CREATE TABLE users (id INT PRIMARY KEY, email TEXT);
CREATE UNIQUE INDEX users_email_ci ON users (lower(email));
INSERT INTO users VALUES (1, 'A@x');
INSERT INTO users VALUES (2, 'a@X') ON CONFLICT DO NOTHING;
SELECT count(*) FROM users;
