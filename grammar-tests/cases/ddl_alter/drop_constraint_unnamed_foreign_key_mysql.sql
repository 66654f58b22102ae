-- targets: mysql
-- run: no
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE c (id INT PRIMARY KEY, p_id INT REFERENCES p (id));
ALTER TABLE c DROP CONSTRAINT c_p_id_fkey;
