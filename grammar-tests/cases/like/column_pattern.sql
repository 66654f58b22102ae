CREATE TABLE p (name TEXT, pat TEXT);
INSERT INTO p VALUES ('John', 'J%'), ('john', 'J%'), ('abc', 'a_c');
SELECT name FROM p WHERE name LIKE pat;
