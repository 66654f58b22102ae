CREATE TABLE flags (id int PRIMARY KEY, on_off boolean);
INSERT INTO flags VALUES (1, 't'), (2, 'f'), (3, 'yes'), (4, 'no'), (5, 'on'), (6, 'off'), (7, '1'), (8, '0'), (9, 'TRUE'), (10, 'fa');
SELECT id, on_off FROM flags ORDER BY id;
SELECT count(*) AS trues FROM flags WHERE on_off;
