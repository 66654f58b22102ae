-- run: no
DO $$ BEGIN RAISE NOTICE 'hello'; END $$;
