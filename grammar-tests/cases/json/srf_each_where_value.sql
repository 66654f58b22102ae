CREATE TABLE settings (id INT PRIMARY KEY, prefs JSONB);
INSERT INTO settings VALUES (1, '{"theme": "dark", "size": 12}'), (2, '{"theme": "light", "size": 9}');
SELECT s.id, p.key FROM settings s, jsonb_each(s.prefs) AS p WHERE jsonb_typeof(p.value) = 'number' AND (p.value #>> '{}')::int > 10;
