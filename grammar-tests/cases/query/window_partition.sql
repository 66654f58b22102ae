CREATE TABLE s (cat TEXT, amt INT);
INSERT INTO s VALUES ('a', 1), ('a', 2), ('b', 5);
SELECT cat, amt, sum(amt) OVER (PARTITION BY cat) AS cat_total, rank() OVER (PARTITION BY cat ORDER BY amt DESC) AS r FROM s ORDER BY cat, amt;
