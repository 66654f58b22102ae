-- run: no
CREATE TABLE places (id INT PRIMARY KEY, area TEXT);
CREATE INDEX places_area ON places USING gist (area);
