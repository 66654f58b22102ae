-- Columns left out of an INSERT get their defaults; the schema comparison
-- checks that each engine has the same defaults.
CREATE TABLE orders (
    id SERIAL PRIMARY KEY,
    status VARCHAR(10) NOT NULL DEFAULT 'new',
    qty INT NOT NULL DEFAULT 1,
    price NUMERIC(8, 2) DEFAULT 9.50,
    rush BOOLEAN NOT NULL DEFAULT false,
    note TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);
INSERT INTO orders (note) VALUES ('first'), (NULL);
INSERT INTO orders (status, qty, price, rush) VALUES ('paid', 3, 20, true);
SELECT id, status, qty, price, rush, note, created_at IS NOT NULL AS stamped
FROM orders ORDER BY id;
