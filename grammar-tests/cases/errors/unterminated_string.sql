-- run: no
SELECT 'abc;
