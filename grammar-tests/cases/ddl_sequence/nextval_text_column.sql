-- run: no
CREATE SEQUENCE s;
CREATE TABLE t (id text DEFAULT nextval('s') PRIMARY KEY);
