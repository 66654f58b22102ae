-- DO UPDATE reads the proposed row through EXCLUDED and the old one through the table.
CREATE TABLE counters (name TEXT PRIMARY KEY, hits INT NOT NULL, note TEXT);
INSERT INTO counters VALUES ('home', 1, 'old'), ('about', 5, 'old');
INSERT INTO counters (name, hits, note) VALUES ('home', 3, 'new'), ('blog', 1, 'new')
  ON CONFLICT (name) DO UPDATE SET hits = counters.hits + EXCLUDED.hits, note = EXCLUDED.note;
SELECT name, hits, note FROM counters ORDER BY name;
