-- run: no
SELECT split_part('a,b', ',', -1) AS a;
