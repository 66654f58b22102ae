-- run: no
CREATE TABLE p (id int);
CREATE TABLE c (extra int) INHERITS (p);
