-- targets: sqlite
-- run: no
SELECT reverse('hello');
