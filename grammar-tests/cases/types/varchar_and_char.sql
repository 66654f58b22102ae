CREATE TABLE t (a VARCHAR(20), b CHAR(3), c TEXT, d CHARACTER VARYING(5));
INSERT INTO t VALUES ('hello', 'ab', 'long text', 'xy');
SELECT a, c, d FROM t;
