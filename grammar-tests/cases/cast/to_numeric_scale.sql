SELECT 3.14159::numeric(10,2) AS a, 2.5::numeric(4,0) AS b;
