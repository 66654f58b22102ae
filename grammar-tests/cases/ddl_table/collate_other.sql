-- run: no
CREATE TABLE t (name text COLLATE "de-DE-x-icu");
