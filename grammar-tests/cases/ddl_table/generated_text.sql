CREATE TABLE t (id int PRIMARY KEY, first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);
INSERT INTO t (id, first, last) VALUES (1, 'Ada', 'Lovelace');
SELECT id, full_name FROM t;
