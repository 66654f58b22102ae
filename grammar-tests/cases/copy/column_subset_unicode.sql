CREATE TABLE people (id int PRIMARY KEY, name text, city text);
COPY people (id, name) FROM stdin;
1	Zoë
2	日本
\.
SELECT id, name, city FROM people ORDER BY id;
