CREATE TABLE t (id INT NOT NULL, qty INT DEFAULT 0, label TEXT DEFAULT 'none', neg INT DEFAULT -1);
INSERT INTO t (id) VALUES (1);
SELECT id, qty, label, neg FROM t;
