-- run: no
CREATE TABLE t (id int);
COPY t FROM stdin WITH (FORMAT csv);
1
\.
