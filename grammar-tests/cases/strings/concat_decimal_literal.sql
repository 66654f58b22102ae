SELECT 'x' || 1.50 AS a, 2.50 || 'y' AS b, 'z' || -1.50 AS c, 'w' || .5 AS d, 'v' || 007.250 AS e, concat('p', 1.50, 'q') AS f, 'n' || 3 AS g;
