-- A RANGE frame with an offset takes one ORDER BY key in MySQL, so the NULL
-- ordering cannot be emulated there (a warning); the frames themselves agree.
CREATE TABLE s (d INT, amt INT);
INSERT INTO s VALUES (1, 10), (2, 20), (4, 40), (NULL, 5);
SELECT d, sum(amt) OVER (ORDER BY d RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near FROM s ORDER BY d;
