-- targets: mysql
SELECT md5('hello'), md5('');
