-- params: 'Bob'
CREATE TABLE p (name TEXT);
INSERT INTO p VALUES ('Bob'), ('bob'), ('BOB');
SELECT name FROM p WHERE name = $1;
