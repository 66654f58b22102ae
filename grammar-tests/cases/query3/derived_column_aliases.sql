-- Column aliases on a subquery in FROM move into its select list.
CREATE TABLE t (id INT, v INT);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
SELECT d.k, d.doubled FROM (SELECT id, v * 2 FROM t) AS d(k, doubled) WHERE d.doubled > 20 ORDER BY d.k;
SELECT k, top FROM (SELECT id AS i, v AS top FROM t ORDER BY top DESC LIMIT 2) AS d(k) ORDER BY k;
