-- params: 1, 2
-- Parameters used out of order: MySQL binds them by position.
SELECT $2::int + $1::int AS s;
