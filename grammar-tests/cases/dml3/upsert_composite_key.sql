-- A conflict target of two columns.
CREATE TABLE scores (player TEXT, game INT, best INT NOT NULL, PRIMARY KEY (player, game));
INSERT INTO scores VALUES ('ann', 1, 10), ('bob', 1, 7);
INSERT INTO scores VALUES ('ann', 1, 12), ('ann', 2, 3), ('bob', 1, 5)
  ON CONFLICT (player, game) DO UPDATE SET best = EXCLUDED.best WHERE scores.best < EXCLUDED.best;
SELECT player, game, best FROM scores ORDER BY player, game;
