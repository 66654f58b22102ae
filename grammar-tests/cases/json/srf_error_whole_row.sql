-- run: no
SELECT kv FROM jsonb_each('{"a": 1}') AS kv;
