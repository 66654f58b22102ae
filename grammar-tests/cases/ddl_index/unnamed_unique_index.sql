CREATE TABLE t (id INT PRIMARY KEY, email VARCHAR(100));
CREATE UNIQUE INDEX ON t (email);
INSERT INTO t VALUES (1, 'x@example.com');
INSERT INTO t (id, email) VALUES (2, 'x@example.com') ON CONFLICT DO NOTHING;
DROP INDEX t_email_idx;
INSERT INTO t VALUES (3, 'x@example.com');
SELECT count(*) FROM t;
