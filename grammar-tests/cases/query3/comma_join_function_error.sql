-- A function that reads an earlier FROM item cannot move into SQLite's join group: an error on SQLite.
-- targets: sqlite
CREATE TABLE t (id INT, j TEXT);
CREATE TABLE u (value TEXT, w TEXT);
INSERT INTO t VALUES (1, '["1", "2"]'), (2, '["2", "3"]');
INSERT INTO u VALUES ('2', 'two'), ('3', 'three');
SELECT t.id, value, u.w FROM t, jsonb_array_elements_text(t.j::jsonb) AS e JOIN u USING (value) ORDER BY 1, 2;
