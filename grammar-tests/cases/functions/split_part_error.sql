-- run: no
SELECT split_part('a,b,c', ',', 2);
