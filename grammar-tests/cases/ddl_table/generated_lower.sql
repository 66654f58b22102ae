CREATE TABLE t (id int PRIMARY KEY, email text, email_key text GENERATED ALWAYS AS (lower(email)) STORED);
INSERT INTO t (id, email) VALUES (1, 'A@Example.COM');
SELECT id, email_key FROM t;
