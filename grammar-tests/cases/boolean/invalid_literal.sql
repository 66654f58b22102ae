-- run: no
SELECT 'maybe'::boolean;
