-- params: 'ann', 30
CREATE TABLE people (name TEXT, age INT);
INSERT INTO people (age, name) VALUES ($2, $1);
SELECT name, age FROM people;
