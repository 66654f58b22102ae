-- ROWS frames with offsets and unbounded ends.
CREATE TABLE s (d INT, amt INT);
INSERT INTO s VALUES (1, 10), (2, 20), (3, 30), (4, 40);
SELECT d,
  sum(amt) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS around,
  sum(amt) OVER (ORDER BY d ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS rest,
  first_value(amt) OVER (ORDER BY d DESC ROWS UNBOUNDED PRECEDING) AS first_desc
FROM s ORDER BY d;
