-- Sign-in times move to the audit log; display names become optional.
DROP INDEX users_last_login_at_idx;
ALTER TABLE users DROP COLUMN last_login_at;

ALTER TABLE users RENAME COLUMN display_name TO full_name;
ALTER TABLE users ALTER COLUMN full_name DROP DEFAULT;
ALTER TABLE users ALTER COLUMN full_name DROP NOT NULL;
