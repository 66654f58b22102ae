-- A handful of queries an application's data layer sends, in PostgreSQL.
-- Try: pgshift convert --to mysql examples/app_queries.sql

-- Orders of a customer in the last 30 days, newest first, one page at a time.
SELECT o.id, o.total, c.email
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE c.id = $1 AND o.created_at > now() - INTERVAL '30 days'
ORDER BY o.created_at DESC
LIMIT $2 OFFSET $3;

-- Record a page view, counting repeats.
INSERT INTO page_views (path, views) VALUES ($1, 1)
ON CONFLICT (path) DO UPDATE SET views = page_views.views + EXCLUDED.views;

-- Read a setting out of a JSONB column.
SELECT settings ->> 'theme' AS theme FROM customers WHERE id = $1 AND settings ? 'theme';
