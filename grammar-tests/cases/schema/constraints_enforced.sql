-- Rows that break a constraint are rejected on every engine.
CREATE TABLE accounts (
    id INT PRIMARY KEY,
    email VARCHAR(50) NOT NULL UNIQUE,
    balance INT NOT NULL DEFAULT 0 CHECK (balance >= 0)
);
CREATE TABLE transfers (
    id INT PRIMARY KEY,
    account_id INT NOT NULL REFERENCES accounts (id),
    amount INT NOT NULL CHECK (amount <> 0)
);
INSERT INTO accounts (id, email) VALUES (1, 'a@example.com'), (2, 'b@example.com');
INSERT INTO transfers VALUES (1, 1, 5);
-- error: the check is violated
INSERT INTO accounts (id, email, balance) VALUES (3, 'c@example.com', -1);
-- error: the email is taken
INSERT INTO accounts (id, email) VALUES (3, 'a@example.com');
-- error: the primary key is taken
INSERT INTO accounts (id, email) VALUES (1, 'd@example.com');
-- error: email is NOT NULL
INSERT INTO accounts (id, email) VALUES (4, NULL);
-- error: the account does not exist
INSERT INTO transfers VALUES (2, 9, 5);
-- error: the check is violated by an update
UPDATE transfers SET amount = 0 WHERE id = 1;
-- error: a referenced account cannot be deleted
DELETE FROM accounts WHERE id = 1;
SELECT id, email, balance FROM accounts ORDER BY id;
SELECT id, account_id, amount FROM transfers ORDER BY id;
