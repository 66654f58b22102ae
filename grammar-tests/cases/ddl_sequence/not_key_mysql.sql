-- targets: mysql
CREATE SEQUENCE s;
CREATE TABLE t (code varchar(10) PRIMARY KEY, n int NOT NULL DEFAULT nextval('s'));
INSERT INTO t (code) VALUES ('a'), ('b');
SELECT code, n FROM t ORDER BY code;
