-- params: 2
-- A cast parameter in LIMIT: MySQL takes only the placeholder, so the cast goes.
CREATE TABLE t (v INT);
INSERT INTO t VALUES (1), (2), (3);
SELECT v FROM t ORDER BY v LIMIT $1::int OFFSET (1);
