CREATE TABLE accounts (id int PRIMARY KEY, active boolean, seen timestamptz);
INSERT INTO accounts VALUES (1, true, NULL), (2, false, NULL);
UPDATE accounts SET active = 'no', seen = '2024-06-01 12:00:00-04' WHERE id = 1;
SELECT id, active, seen FROM accounts ORDER BY id;
