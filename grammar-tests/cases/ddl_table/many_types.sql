CREATE TABLE t (a smallint, b integer, c bigint, d real, e double precision, f numeric(8,3), g varchar(5), h text, i boolean, j date, k timestamp, l json, m uuid, n bytea);
INSERT INTO t (a, b, c, f, g, h, i, j) VALUES (1, 2, 3, 4.125, 'abc', 'hello', true, '2024-02-29');
SELECT a, b, c, f, g, h, i, j FROM t;
