-- N'' literals are of type character (bpchar) in PostgreSQL: their trailing
-- spaces are dropped when they become text or varchar, as the hand-written
-- Chinook script's N'Edinburgh ' does.
CREATE TABLE city (name varchar(40), note text);
INSERT INTO city VALUES (N'Edinburgh ', N'a  b  ');
SELECT name, length(name), note, N'x ' || 'y' FROM city;
