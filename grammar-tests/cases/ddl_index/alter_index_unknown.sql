-- run: no
ALTER INDEX nothing RENAME TO something;
