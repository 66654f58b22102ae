-- targets: mysql
-- run: no
DROP INDEX some_index;
