-- run: no
-- params: 2
SELECT round(1234.5, $1::int) AS a;
