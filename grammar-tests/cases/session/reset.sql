-- run: no
SET search_path TO app, public;
RESET search_path;
RESET ALL;
