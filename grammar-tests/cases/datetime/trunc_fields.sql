CREATE TABLE ev (id INT, ts TIMESTAMP, d DATE, n INT);
INSERT INTO ev VALUES (1, '2024-01-31 10:15:30', '2024-01-31', 3), (2, '2024-03-03 23:59:59', '2024-02-29', -2), (3, '2023-12-31 00:00:00', '2023-01-01', 0);
SELECT id, date_trunc('second', ts) AS s, date_trunc('minute', ts) AS mi, date_trunc('hour', ts) AS h, date_trunc('day', ts) AS d FROM ev ORDER BY id;
