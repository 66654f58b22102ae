-- params: 1, 2, 3
SELECT $3::int AS c, $1::int AS a;
