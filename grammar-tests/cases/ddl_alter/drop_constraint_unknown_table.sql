-- run: no
ALTER TABLE elsewhere DROP CONSTRAINT elsewhere_pkey;
