SELECT substring('hello' FROM 0 FOR 3), substring('hello' FROM -1 FOR 3), substring('hello' FROM -5 FOR 2), substring('hello' FROM -1);
