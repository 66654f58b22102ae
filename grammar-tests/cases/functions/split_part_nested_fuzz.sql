-- A fuzz finding (fuzz/findings/sqlite_split_part_scope.sql, with its parameters
-- given as literals and its divisors made non-zero): nested split_part, lpad and initcap translations grew the
-- SQLite output past 190 KB and out of SQLite's parser; each now names its
-- operand once, and the UPDATE runs with PostgreSQL's result.
CREATE TABLE t1 (id integer PRIMARY KEY, a integer, b text, c numeric(10,2), d timestamp, e boolean, f date);
CREATE TABLE t2 (id serial PRIMARY KEY, t1_id integer, name varchar(50) NOT NULL DEFAULT 'x', amount bigint, note text);
INSERT INTO t1 (id, a, b, d) VALUES (1, 5, 'x', TIMESTAMP '2002-12-01 12:30:00'), (2, NULL, 'y', NULL), (3, 0, NULL, TIMESTAMP '2020-01-01 00:00:00');
INSERT INTO t2 (t1_id) VALUES (1), (0);
UPDATE t1 SET a = mod(coalesce((nullif(length(CAST((-17993) AS text)), mod(CASE WHEN (t1.d = TIMESTAMP '2002-12-01 12:30:00') THEN 15013 ELSE length(concat(upper($$$$), 7)) END, 1 + strpos(trim(both ' ' from lower(replace(lpad(CASE WHEN (nullif(t1.a, length(coalesce(split_part(lpad(substr(lpad(CAST(NULL AS text), 1, '-'), 1), 0, '-'), ' ', 3), lpad((3)::text, 2, '-')))) IN (0)) THEN concat_ws(';', CASE WHEN (mod(abs(10828), 1 + strpos(concat('3', CAST('-6947' AS integer)), lower('?'''))) IN (SELECT y.t1_id FROM t2 AS y)) THEN substr(replace(concat(lpad(split_part(CASE WHEN (repeat(split_part(upper(btrim(lower(E''))), ' ', 3), 2) <> coalesce(substr(initcap(CAST(length(left('ab', 3)) AS text)), 1), btrim(btrim(CAST(CAST(EXTRACT(YEAR FROM DATE '2038-01-28') AS integer) AS text))))) THEN (least(CAST(EXTRACT(YEAR FROM DATE '2038-10-25') AS integer), strpos(left(lpad(lower(''), 0, '-'), 0), '')))::text ELSE '' END, ' ', 1), 0, '-'), 0), '', ''), 0) ELSE '' END, '') ELSE '' END, 0, '-'), '', ''))), ''))))::bigint, 7), 5);
SELECT id, a FROM t1 ORDER BY id;
