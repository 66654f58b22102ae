-- run: no
ALTER VIEW nothing RENAME TO something;
