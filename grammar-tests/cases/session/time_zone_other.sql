-- run: no
-- A time zone other than UTC is a warning: pgshift's translations keep UTC.
SET TIME ZONE 'America/New_York';
