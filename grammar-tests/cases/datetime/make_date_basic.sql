SELECT make_date(2024, 2, 29) AS a, make_date(1999, 12, 31) AS b;
