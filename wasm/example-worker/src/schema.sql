-- The tables the example Worker's queries run against, in PostgreSQL. The
-- Worker imports this file (wrangler.toml's Text rule) and hands it to
-- pgshift's createTranslator, so pgshift knows the column types: that
-- `signed_up` is a date, for example, so that `signed_up + 30` is a date
-- thirty days on and not the number 2054. POST /setup creates the tables in D1.
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, name text NOT NULL, signed_up date NOT NULL, settings jsonb);
CREATE TABLE events (id serial PRIMARY KEY, customer_id integer NOT NULL, kind text NOT NULL, at timestamp NOT NULL);
CREATE TABLE page_views (path text PRIMARY KEY, views integer NOT NULL);
