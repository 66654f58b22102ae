-- targets: mysql
-- run: no
SELECT initcap('hello world') AS c;
