-- params: 5, 7
SELECT $2::int AS a, $1::int AS b, $2::int AS c;
