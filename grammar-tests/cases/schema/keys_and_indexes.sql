-- Composite keys, unique keys, indexes and foreign key actions; the schema
-- comparison checks each engine has the same keys and indexes.
CREATE TABLE authors (
    id SERIAL PRIMARY KEY,
    name VARCHAR(50) NOT NULL,
    country CHAR(2),
    UNIQUE (name, country)
);
CREATE TABLE books (
    author_id INT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    seq INT NOT NULL,
    title VARCHAR(100) NOT NULL,
    editor_id INT REFERENCES authors (id) ON DELETE SET NULL,
    year INT,
    PRIMARY KEY (author_id, seq)
);
CREATE INDEX books_year_title ON books (year DESC, title);
CREATE UNIQUE INDEX books_title ON books (title);
INSERT INTO authors (name, country) VALUES ('Ann', 'NZ'), ('Bo', 'SE'), ('Cy', NULL);
INSERT INTO books VALUES (1, 1, 'One', 2, 2001), (1, 2, 'Two', NULL, 2003), (2, 1, 'Three', 1, 1999);
DELETE FROM authors WHERE name = 'Bo';
SELECT author_id, seq, title, editor_id, year FROM books ORDER BY author_id, seq;
DELETE FROM authors WHERE name = 'Ann';
SELECT count(*) AS books FROM books;
