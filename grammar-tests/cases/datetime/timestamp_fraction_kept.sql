CREATE TABLE ev (id INT, ts TIMESTAMP, t TIME);
INSERT INTO ev VALUES (1, '2024-01-05 10:00:00.25', '10:00:00.5'), (2, '2024-01-05 23:59:59.999', '23:59:59.125'), (3, '2024-01-05 10:00:00', '10:00:00');
SELECT id, ts::timestamp AS a, ts + INTERVAL '1 day' AS b, ts + INTERVAL '0.5 seconds' AS d, t::time AS e FROM ev ORDER BY id;
SELECT to_timestamp(1700000000.25)::timestamp AS f;
