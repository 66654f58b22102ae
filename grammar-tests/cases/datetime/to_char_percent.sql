SELECT to_char('2024-03-05'::date, 'DD% MM') AS a;
