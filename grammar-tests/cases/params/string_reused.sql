-- params: 10, 'ab''c'
-- A parameter used twice, and a string with a quote in it.
CREATE TABLE t (n INTEGER, s TEXT);
INSERT INTO t (n, s) VALUES ($1, $2), ($1 + 1, $2);
SELECT n, s FROM t WHERE n >= $1 ORDER BY n;
