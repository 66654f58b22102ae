-- run: no
SELECT $$never closed;
