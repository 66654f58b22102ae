-- run: no
CREATE TABLE flags (id int PRIMARY KEY, on_off boolean);
INSERT INTO flags VALUES (1, 'maybe');
