-- run: no
CREATE TABLE t (id SERIAL, part INT, PRIMARY KEY (id, part));
