CREATE TABLE s (v TEXT);
INSERT INTO s VALUES ('yes'), ('OFF'), (' t'), (NULL);
SELECT v, v::boolean AS b FROM s ORDER BY v;
