-- A small application schema and two queries, in PostgreSQL.
-- Try: pgshift convert --to sqlite examples/app.sql

CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT,
    is_admin BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO users (email, display_name, is_admin)
VALUES ('ada@example.com', 'Ada', true);

SELECT id, email, display_name
FROM users
WHERE display_name ILIKE $1 AND is_admin = $2
ORDER BY created_at DESC, id
LIMIT 20;
