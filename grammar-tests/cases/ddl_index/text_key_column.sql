CREATE TABLE users (id INT PRIMARY KEY, email TEXT UNIQUE, name TEXT);
CREATE UNIQUE INDEX users_email_name ON users (email, id);
INSERT INTO users VALUES (1, 'a', 'x');
INSERT INTO users (id, email, name) VALUES (1, 'a', 'y') ON CONFLICT DO NOTHING;
SELECT id, email, name FROM users;
