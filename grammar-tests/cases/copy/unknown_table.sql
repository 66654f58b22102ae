-- run: no
COPY missing (id) FROM stdin;
1
\.
