-- run: no
SELECT to_char(now(), 'FMDD');
