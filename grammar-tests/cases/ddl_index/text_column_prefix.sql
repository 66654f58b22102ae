CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
CREATE INDEX notes_body ON notes (body);
INSERT INTO notes VALUES (1, 'hello'), (2, 'world');
SELECT id FROM notes WHERE body = 'world';
