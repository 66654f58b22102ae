CREATE TABLE t (id integer NOT NULL, v text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
SELECT id, v FROM t ORDER BY id;
