CREATE TABLE nums (id bigint, amount numeric(12,2), ratio real, n smallint);
COPY nums FROM stdin;
1	12.50	0.5	-3
2	-0.01	1e3	\N
\.
SELECT id, amount, ratio, n FROM nums ORDER BY id;
SELECT sum(amount) AS total FROM nums;
