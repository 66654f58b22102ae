SELECT -(-3) AS a, - 2 + 5 AS b;
