-- USING two columns.
CREATE TABLE a (y INT, m INT, total INT);
CREATE TABLE b (y INT, m INT, budget INT);
INSERT INTO a VALUES (2024, 1, 10), (2024, 2, 20), (2025, 1, 30);
INSERT INTO b VALUES (2024, 1, 15), (2025, 1, 25);
SELECT y, m, total, budget FROM a JOIN b USING (y, m) ORDER BY y, m;
