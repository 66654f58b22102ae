-- run: no
SELECT date_trunc('fortnight', now());
