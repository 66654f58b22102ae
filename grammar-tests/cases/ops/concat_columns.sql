CREATE TABLE p (first TEXT, last TEXT);
INSERT INTO p VALUES ('Ada', 'Lovelace');
SELECT first || ' ' || last AS full_name FROM p;
