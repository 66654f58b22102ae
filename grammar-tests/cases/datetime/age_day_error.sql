-- run: no
SELECT EXTRACT(DAY FROM age('2024-01-01'::date, '2020-01-01'::date));
