-- targets: sqlite
-- run: no
SELECT md5('hello');
