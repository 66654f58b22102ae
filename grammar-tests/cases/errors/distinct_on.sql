-- run: no
SELECT DISTINCT ON (a) a, b FROM t;
