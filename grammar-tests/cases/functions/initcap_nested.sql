-- initcap and split_part name their text once on both targets, so nesting them
-- (or feeding one to the other) prints each inner translation once.
CREATE TABLE p (id INT, s TEXT);
INSERT INTO p VALUES (1, 'hello wORLD foo-bar'), (2, ''), (3, NULL), (4, 'a''b"c\d e'), (5, 'x1y 2nd-third');
SELECT id, initcap(initcap(lower(s))) AS c, split_part(split_part(s, ' ', 2), '-', 1) AS sp, initcap(split_part(s, ' ', 2)) AS cs, split_part(initcap(s), ' ', 1) AS sc FROM p ORDER BY id;
