CREATE TABLE things (id uuid PRIMARY KEY, label text);
INSERT INTO things VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'upper'), ('{b0eebc999c0b4ef8bb6d6bb9bd380a12}', 'braces');
SELECT id, label FROM things ORDER BY label;
SELECT label FROM things WHERE id = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
