-- VALUES as a derived table with column names.
CREATE TABLE t (id INT, v TEXT);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
SELECT t.v, m.label FROM t JOIN (VALUES (1, 'one'), (2, 'two')) AS m(id, label) ON m.id = t.id ORDER BY t.id;
