-- run: no
SELECT 1; /* open /* nested */
