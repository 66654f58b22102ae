CREATE TABLE blobs (id int PRIMARY KEY, data bytea);
INSERT INTO blobs VALUES (1, '\x0102ff'), (2, 'ab\\c\001'), (3, '\x');
SELECT id, data, length(data) AS n FROM blobs ORDER BY id;
