CREATE TABLE t (id int PRIMARY KEY, flag boolean, at timestamptz, note text, data bytea);
COPY t (id, flag, at, note, data) FROM stdin;
1	t	2024-01-05 10:00:00+02	it's a\ttab\\	\\x0102
2	f	\N	\N	\N
3	t	1969-07-20 20:17:40-04	line\nbreak	\\x
\.
SELECT id, flag, at, note, data FROM t ORDER BY id;
