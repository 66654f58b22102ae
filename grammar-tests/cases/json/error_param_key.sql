-- run: no
CREATE TABLE docs (id INT, data JSONB);
SELECT data->>$1 FROM docs;
