CREATE TABLE t (email TEXT UNIQUE, name TEXT);
INSERT INTO t VALUES ('a@x', 'A');
SELECT email, name FROM t;
