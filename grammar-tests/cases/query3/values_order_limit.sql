-- VALUES with ORDER BY and LIMIT, which SQLite's VALUES does not take.
VALUES (3, 'c'), (1, 'a'), (2, 'b') ORDER BY 1 DESC LIMIT 2;
