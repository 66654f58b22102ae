-- run: no
SELECT $0;
