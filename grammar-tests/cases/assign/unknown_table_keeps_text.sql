-- The table is not in the catalog, so the values keep their text.
-- run: no
INSERT INTO elsewhere (flag) VALUES ('t');
