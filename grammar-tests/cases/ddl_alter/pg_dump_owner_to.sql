-- run: no
CREATE TABLE t (id INT);
ALTER TABLE t OWNER TO postgres;
