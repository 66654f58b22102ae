-- run: no
CREATE TABLE prices (id int PRIMARY KEY, amount numeric);
INSERT INTO prices VALUES (1, 'NaN');
