CREATE TABLE ev (id INT, ts TIMESTAMP, t TIME);
INSERT INTO ev VALUES (1, '2024-01-31 10:15:30', '10:15:30'), (2, '2024-01-31 10:15:30.5', '10:15:30.25'), (3, NULL, NULL);
SELECT id, 't=' || ts AS a, t || '!' AS b, ts::text AS c, t::text AS d FROM ev ORDER BY id;
SELECT id FROM ev WHERE ts::text LIKE '%:30' ORDER BY id;
