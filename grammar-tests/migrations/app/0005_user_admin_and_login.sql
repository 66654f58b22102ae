-- Administrators, and when each user last signed in.
ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN last_login_at TIMESTAMP;

CREATE INDEX users_last_login_at_idx ON users (last_login_at DESC);

UPDATE users SET is_admin = true WHERE email = 'ann@example.com';
