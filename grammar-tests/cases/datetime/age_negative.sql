SELECT EXTRACT(YEAR FROM age('2020-01-01'::date, '2024-06-01'::date)) AS y, EXTRACT(MONTH FROM age('2020-01-01'::date, '2024-06-01'::date)) AS m;
