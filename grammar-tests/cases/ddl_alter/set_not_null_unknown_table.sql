-- run: no
ALTER TABLE elsewhere ALTER COLUMN v SET NOT NULL;
