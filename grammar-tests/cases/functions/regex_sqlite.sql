-- targets: sqlite
-- run: no
SELECT 'abc' ~ '^a', 'abc' ~* 'A', 'abc' !~ 'b';
