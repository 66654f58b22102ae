-- lag and lead with offsets and defaults, rank and dense_rank over ties.
CREATE TABLE s (d INT, amt INT);
INSERT INTO s VALUES (1, 10), (2, 10), (3, 30), (4, 5);
SELECT d, lag(amt) OVER (ORDER BY d) AS prev, lead(amt, 2, -1) OVER (ORDER BY d) AS next2,
  rank() OVER (ORDER BY amt) AS r, dense_rank() OVER (ORDER BY amt) AS dr
FROM s ORDER BY d;
