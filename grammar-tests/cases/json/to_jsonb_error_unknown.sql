-- run: no
CREATE TABLE p (id INT, name TEXT);
SELECT to_jsonb(name) FROM p;
