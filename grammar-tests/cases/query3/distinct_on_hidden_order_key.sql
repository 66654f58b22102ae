-- The ORDER BY key is not an output column: it is carried as a hidden column.
CREATE TABLE events (id INT, device TEXT, at INT, reading INT);
INSERT INTO events VALUES (1, 'd1', 100, 7), (2, 'd1', 200, 8), (3, 'd2', 150, 1), (4, 'd2', 50, 2);
SELECT DISTINCT ON (device) device, reading FROM events ORDER BY device, at DESC;
