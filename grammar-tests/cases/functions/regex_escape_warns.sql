-- targets: mysql
SELECT 'a1' ~ '[0-9]$', 'a1' ~ '\d';
