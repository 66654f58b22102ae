CREATE TABLE p (id INT, born DATE);
INSERT INTO p VALUES (1, '1990-06-15'), (2, '2000-02-29'), (3, '2024-06-15');
SELECT id, EXTRACT(YEAR FROM age('2024-06-14'::date, born)) AS y, date_part('month', age('2024-06-14'::date, born)) AS m FROM p ORDER BY id;
