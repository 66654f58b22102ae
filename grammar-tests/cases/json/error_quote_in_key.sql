-- run: no
CREATE TABLE docs (id INT, data JSONB);
SELECT data->>'a"b' FROM docs;
