-- The conflict target is a UNIQUE column, not the key: MySQL warns that its
-- ON DUPLICATE KEY would also fire on the primary key.
CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);
INSERT INTO users (email, name) VALUES ('a@x', 'Ann'), ('b@x', 'Bob');
INSERT INTO users (email, name) VALUES ('a@x', 'Annie'), ('c@x', 'Cid')
  ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name;
SELECT email, name FROM users ORDER BY email;
