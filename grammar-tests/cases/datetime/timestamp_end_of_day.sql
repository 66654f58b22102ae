-- PostgreSQL reads 24:00:00 as the midnight that ends a day: the next day's
-- first instant, in a quoted value and in COPY data alike, before or after
-- the offset of a timestamptz is applied.
CREATE TABLE shifts (id int PRIMARY KEY, ends timestamp, ends_tz timestamptz);
INSERT INTO shifts VALUES (1, '2024-01-05 24:00:00', '2024-01-05 24:00:00+02'), (2, '2024-12-31 24:00', NULL);
COPY shifts (id, ends, ends_tz) FROM stdin;
3	2024-02-29 24:00:00	2024-02-29 24:00:00-01
\.
SELECT id, ends, ends_tz FROM shifts ORDER BY id;
