-- A grouped subquery in FROM.
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL);
CREATE TABLE ledger (account INT, amount INT);
INSERT INTO accounts VALUES (1, 100), (2, 50), (3, 0);
INSERT INTO ledger VALUES (1, 5), (1, -20), (2, 7);
UPDATE accounts SET balance = accounts.balance + totals.sum
  FROM (SELECT account, sum(amount) AS sum FROM ledger GROUP BY account) AS totals
  WHERE totals.account = accounts.id;
SELECT id, balance FROM accounts ORDER BY id;
