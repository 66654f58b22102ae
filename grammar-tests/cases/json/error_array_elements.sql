-- run: no
CREATE TABLE docs (id INT, data JSONB);
SELECT value FROM docs, jsonb_array_elements(docs.data::jsonb);
