-- run: no
CREATE TABLE t (d INTERVAL);
