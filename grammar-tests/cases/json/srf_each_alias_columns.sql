CREATE TABLE settings (id INT PRIMARY KEY, prefs JSON);
INSERT INTO settings VALUES (1, '{"theme": "dark", "size": 12}'), (2, '{"theme": "light"}');
SELECT s.id, k, v FROM settings s, json_each_text(s.prefs) AS p(k, v) WHERE k = 'theme' ORDER BY s.id;
