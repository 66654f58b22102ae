-- targets: sqlite
SELECT btrim('xyhiyx', 'xy'), trim(BOTH 'xy' FROM 'yxhixy');
