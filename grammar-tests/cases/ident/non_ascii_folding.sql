-- PostgreSQL folds only the ASCII letters of an unquoted name (in a UTF-8
-- database): `Été` is the table "Été", which the quoted name reaches too, and
-- `ÜBER` is the column "Über". A Unicode lower case would make "été" and
-- "über", which the quoted names then miss on SQLite.
CREATE TABLE Été (Über INT, NOTE TEXT);
INSERT INTO "Été" ("Über", note) VALUES (1, 'a');
SELECT ÜBER, "note" FROM Été;
