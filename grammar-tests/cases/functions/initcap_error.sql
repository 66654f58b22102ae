-- run: no
SELECT initcap('hello world');
