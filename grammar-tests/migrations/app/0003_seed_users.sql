-- The first accounts.
INSERT INTO users (email, display_name) VALUES
    ('ann@example.com', 'Ann'),
    ('bob@example.com', 'Bob'),
    ('cy@example.com', 'Cy');
