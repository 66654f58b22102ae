-- run: no
CREATE PROCEDURE reset_all() LANGUAGE plpgsql AS $$ BEGIN DELETE FROM t; END $$;
