-- Column aliases on a table need its definition: an error.
CREATE TABLE t (id INT, v INT);
SELECT a, b FROM t AS x(a, b);
