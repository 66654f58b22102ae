-- SQLite's lpad, rpad and right mention their text several times; nested, each
-- inner translation is named once in a scalar subquery instead of repeated.
CREATE TABLE p (id INT, s TEXT);
INSERT INTO p VALUES (1, 'abc'), (2, NULL), (3, ''), (4, 'abcdefgh');
SELECT id, lpad(lpad(upper(s), 6, '*'), 8, '-') AS l, rpad(rpad(lower(s), 1), 4, 'ab') AS r, right(upper(s), 2) AS rr, right(lower(s), -1) AS rn, lpad(rpad(lpad(upper(s), 2, '<'), 4, '>'), 7, '=') AS lrl FROM p ORDER BY id;
