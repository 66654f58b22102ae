-- run: no
-- pg_dump empties the search path and qualifies every name; the call is dropped.
SELECT pg_catalog.set_config('search_path', '', false);
