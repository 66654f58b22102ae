-- run: no
SELECT jsonb_build_object('r', random()) ->> 'r' AS r;
