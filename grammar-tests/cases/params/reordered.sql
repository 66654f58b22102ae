<<<<<<< HEAD
-- params: 1, 2
-- Parameters used out of order: MySQL binds them by position.
SELECT $2::int + $1::int AS s;
=======
-- params: 10, 3
SELECT $2::int AS a, $1::int AS b;
>>>>>>> main
