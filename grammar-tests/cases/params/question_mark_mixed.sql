-- run: no
SELECT $1, ?;
