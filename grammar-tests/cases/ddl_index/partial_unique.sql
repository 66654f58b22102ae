-- targets: sqlite
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(50), deleted BOOLEAN NOT NULL DEFAULT false);
CREATE UNIQUE INDEX users_live_email ON users (email) WHERE NOT deleted;
INSERT INTO users VALUES (1, 'a@x', true), (2, 'a@x', false);
INSERT INTO users VALUES (3, 'a@x', false) ON CONFLICT DO NOTHING;
SELECT count(*) FROM users;
