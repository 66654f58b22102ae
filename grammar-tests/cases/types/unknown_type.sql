-- run: no
CREATE TABLE t (p POINT);
