CREATE TABLE p (code TEXT);
INSERT INTO p VALUES ('a1c'), ('A1C'), ('a12c');
SELECT code FROM p WHERE code LIKE 'a_c';
