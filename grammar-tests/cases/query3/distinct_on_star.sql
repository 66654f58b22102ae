-- DISTINCT ON with `*`: the output columns cannot be listed without the table.
CREATE TABLE t (id INT, cat TEXT);
SELECT DISTINCT ON (cat) * FROM t ORDER BY cat, id;
