-- run: no
-- params: 2
SELECT split_part('a,b', ',', $1::int) AS a;
