-- DELETE ... USING: SQLite moves USING into EXISTS, MySQL writes DELETE t FROM t, s.
CREATE TABLE t (id INT PRIMARY KEY, v TEXT);
CREATE TABLE gone (id INT);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO gone VALUES (2), (3), (3);
DELETE FROM t USING gone WHERE gone.id = t.id;
SELECT id, v FROM t ORDER BY id;
