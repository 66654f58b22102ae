-- run: no
SELECT split_part('abc', '', 1) AS a;
