SELECT round(1234.5, -2) AS a, round(1250, -2) AS b, round(-1250.0, -2) AS c, round(15, -1) AS d, round(3.14159, 2) AS e;
