-- run: no
SELECT to_char(1.5, '9.99');
