-- params: 'Admin', 5
-- PostgreSQL compares text case-sensitively wherever it comes from. MySQL
-- compares text that comes from no column (literals, parameters) by the
-- connection's collation, case-insensitive by default: 'x' IN ('X', 'y')
-- would hold there, and 'Z' < 'a' would not.
SELECT 'x' IN ('X', 'y') AS inn, 'b' BETWEEN 'A' AND 'C' AS btw, 'Z' < 'a' AS cmp, 'abc' = 'ABC' AS eq, 'a' || 'b' = 'AB' AS cat, 'é' = 'e' AS acc, 'x' NOT IN ('X') AS notin;
SELECT $1 = 'admin' AS p, lower($1) = 'admin' AS lp, $2 = 5 AS num, 'A' <> 'a' AS ne;
