-- targets: mysql
-- params: '^a.c$'
SELECT 'abc' ~ $1, 'ABC' ~ $1, 'ABC' ~* $1;
