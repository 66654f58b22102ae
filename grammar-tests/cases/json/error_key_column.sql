-- run: no
CREATE TABLE docs (id INT, data JSONB);
SELECT id FROM docs WHERE data ? name;
