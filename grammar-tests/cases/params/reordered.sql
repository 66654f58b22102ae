-- params: 10, 3
SELECT $2::int AS a, $1::int AS b;
