-- params: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
SELECT $11::int AS k, $1::int AS a, $10::int AS j;
