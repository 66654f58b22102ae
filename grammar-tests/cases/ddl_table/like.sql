-- run: no
CREATE TABLE p (id int);
CREATE TABLE c (LIKE p);
