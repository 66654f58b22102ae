-- GROUPS frames: SQLite has them, MySQL and MariaDB have not.
CREATE TABLE s (d INT, amt INT);
INSERT INTO s VALUES (1, 10), (1, 1), (2, 20), (3, 30);
SELECT d, amt, sum(amt) OVER (ORDER BY d, amt GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS g FROM s ORDER BY d, amt;
