-- targets: mysql
SELECT reverse('hello'), reverse('');
