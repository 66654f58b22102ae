-- run: no
SELECT jsonb_build_object('a', 1, 'b');
