// A PostgreSQL script of about `size` bytes: a schema, then a block of typical
// statements (inserts, queries with ILIKE, JSON, intervals, upserts) repeated.

const schema = `
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text, settings jsonb, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id integer NOT NULL, total numeric(10,2) NOT NULL, placed_at timestamp NOT NULL);
CREATE TABLE page_views (path text PRIMARY KEY, views integer NOT NULL DEFAULT 0);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
`;

function block(i) {
  return `
INSERT INTO customers (email, name, settings) VALUES ('user${i}@example.com', 'User ${i}', '{"theme": "dark", "n": ${i}}');
INSERT INTO orders (customer_id, total, placed_at) VALUES (${i}, ${i}.50, '2024-01-31 10:00:00'), (${i}, 3.25, '2024-02-01 11:30:00');
SELECT id, email FROM customers WHERE name ILIKE $1 AND id > $2 ORDER BY created_at DESC LIMIT 20;
SELECT o.id, o.total, c.settings->>'theme' AS theme FROM orders o JOIN customers c ON c.id = o.customer_id
  WHERE o.placed_at > $1::timestamp - INTERVAL '30 days' AND c.id = ${i};
INSERT INTO page_views (path, views) VALUES ('/p/${i}', 1) ON CONFLICT (path) DO UPDATE SET views = page_views.views + 1;
UPDATE customers SET name = upper(name) WHERE id = $1 AND created_at::date = '2024-03-01'::date;
`;
}

export function script(size) {
  const parts = [schema];
  let length = schema.length;
  for (let i = 1; length < size; i++) {
    const b = block(i);
    parts.push(b);
    length += b.length;
  }
  return parts.join('');
}
