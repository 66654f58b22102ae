-- run: no
CREATE TABLE t (p citext);
