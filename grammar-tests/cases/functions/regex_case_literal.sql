-- targets: mysql
SELECT 'ABC' ~ 'abc', 'ABC' ~* 'abc', 'abc' ~ 'abc', 'ABC' !~ 'abc', 'ABC' !~* 'abc';
