-- run: no
DROP FUNCTION IF EXISTS add_one(int);
