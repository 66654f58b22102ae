-- targets: mysql
-- run: no
SELECT btrim('xyhiyx', 'xy');
