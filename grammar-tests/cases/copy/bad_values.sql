-- run: no
CREATE TABLE t (id int, flag boolean);
COPY t (id, flag) FROM stdin;
1	maybe
2
\.
