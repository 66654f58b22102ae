CREATE TABLE t (id INT PRIMARY KEY, g INT);
INSERT INTO t VALUES (1, 1), (2, 1), (3, 2);
CREATE VIEW counts AS SELECT g, count(*) AS n FROM t GROUP BY g;
CREATE VIEW big_counts AS SELECT g FROM counts WHERE n > 1;
SELECT g FROM big_counts;
