SET TIME ZONE 'UTC';
SET timezone = 'UTC';
SELECT 1 AS one;
