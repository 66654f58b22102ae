-- run: no
CREATE SEQUENCE s;
SELECT nextval('s');
